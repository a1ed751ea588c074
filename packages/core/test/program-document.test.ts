/**
 * The program assessment as a document for an executive, on the seed example: the figures a reader
 * takes away, said so nobody misreads them (why a figure could surprise, each grouping in its own
 * table, plurals, collapsed repeats), the trend once there are two assessments, and the charts
 * inline in the HTML. Figures are checked against the report JSON the document is made from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessProgramUseCase } from '../src/app/assess-program.ts';
import { importSources } from '../src/app/import-sources.ts';
import { loadPartnerDocumentInput, renderPartnerDocument } from '../src/app/partner-document.ts';
import {
  loadProgramDocumentInput,
  programWorkbookFile,
  renderProgramDocument,
} from '../src/app/program-document.ts';
import { scorePartnersUseCase } from '../src/app/score-partners.ts';
import type { ProgramDocumentInput } from '../src/documents/program/input.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { loadProgramFramework } from '../src/frameworks/load-framework.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let first: ProgramDocumentInput;
let md: string;
let html: string;

const assess = async (asOf: string) => {
  const example = await readExampleDirectory();
  await assessProgramUseCase(t.db, {
    orgId: TEST_ORG,
    brief: example.brief,
    briefName: example.briefName,
    framework: loadProgramFramework('v1'),
    asOf,
    today: '2030-01-01',
  });
};

beforeAll(async () => {
  t = await openTestDatabase();
  await importSources(t.db, TEST_ORG, (await readExampleDirectory()).sources);
  await scorePartnersUseCase(t.db, { orgId: TEST_ORG, asOf: '2026-09-30' });
  await assess('2026-09-30');
  first = await loadProgramDocumentInput(t.db, TEST_ORG, 'latest');
  md = renderProgramDocument(first, 'md');
  html = renderProgramDocument(first, 'html');
}, 120_000);
afterAll(() => t?.dispose());

/** The Markdown table row that starts with `first` cell. */
const row = (text: string, firstCell: string) =>
  text.split('\n').find((l) => l.startsWith(`| ${firstCell} |`)) ?? '';

describe('the program document', () => {
  it('leads with the overall score, its band, the first-assessment trend and the weakest dimension', () => {
    const { score, band } = first.report.summary.overall;
    expect(md).toContain(
      `**${score.toFixed(1)}** (${band}) — of 5. The first assessment: the trend shows from the next one.`,
    );
    const weakest = [...first.report.scorecard].sort((a, b) => a.score! - b.score!)[0]!;
    expect(md).toContain(`Held back most by ${weakest.dimension} (${weakest.score!.toFixed(1)})`);
    expect(md).toContain('- Active partners: **10 of 25** — active in the last 90 days');
  });

  it('names the three lowest-scored criteria as the largest gaps, lowest first', () => {
    const finals = first.report.scorecard.flatMap((d) => d.criteria).map((c) => c.final!);
    const gaps = md.split('**The three largest gaps**')[1]!.split('**The first three actions**')[0]!;
    const scores = [...gaps.matchAll(/ — (\d)\/5 \(/g)].map((m) => Number(m[1]));
    expect(scores).toEqual([...finals].sort((a, b) => a - b).slice(0, 3));
  });

  it('says why a figure could surprise: no readiness evidence, a first deal won before the period', () => {
    // Partner X: $1.5M revenue and no readiness evidence — not "none (0.0)".
    expect(row(md, 'Partner X')).toContain('_no readiness evidence yet_');
    expect(md).not.toMatch(/none \(0\.0\)/);
    // Partner C: no deal in the period, its first deal 170 days after joining, before the period.
    const c = first.report.performance.partners.find((p) => p.externalId === 'P-C')!;
    expect(c.deals).toBe(0);
    expect(row(md, 'Partner C')).toContain(`${c.timeToFirstDealDays} days _(won before the period)_`);
  });

  it('gives health and lifecycle their own tables, each adding up to the type’s partners', () => {
    for (const s of first.report.portfolio.segments) {
      const cells = row(md, s.type)
        .split('|')
        .map((x) => x.trim());
      // Type | Partners | Revenue | Engaged | Passive | At-risk | Dormant (first match: the health table).
      const health = cells.slice(4, 8).map((x) => Number(x.split(' ')[0]));
      expect(health.reduce((a, b) => a + b, 0)).toBe(s.partners);
    }
    expect(md).toContain('| Type | Partners | Launching | Stalled |');
  });

  it('collapses deferred actions by reason, with counts adding up', () => {
    const deferred = first.report.plan.deferred.length;
    expect(md).toContain(`**Deferred (${deferred} actions)**`);
    const counts = [...md.matchAll(/^- \*\*(\d+) actions? — /gm)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(deferred);
    expect(counts.length).toBeLessThan(deferred);
  });

  it('reads right: no "n/a/10", no "1 actions", the fingerprint only in the appendix', () => {
    expect(md).not.toMatch(/n\/a\/10|\b1 (actions|partners|days|deals)\b/);
    const appendix = md.indexOf('## Appendix');
    expect(md.indexOf(first.report.framework.sha256)).toBeGreaterThan(appendix);
    expect(md.slice(0, appendix)).not.toContain('sha256');
  });

  it('partner readiness beside the program: tiers held and people qualified, from the scoring before the as-of date', () => {
    expect(first.readiness?.asOf).toBe('2026-09-30');
    const tiered = first.report.performance.partners.filter((p) => p.readiness?.tier).length;
    expect(md).toContain('## How ready are the partners to deliver?');
    expect(md).toContain(`${tiered} partners of 25 hold a tier (readiness scored 30 Sep 2026)`);
    expect(md).toContain('| Sales | 14 | 12 | 9 | 0 |');
  });

  it('the HTML has the charts inline as SVG and the same figures', () => {
    expect(html.match(/<svg\b/g)?.length).toBe(7);
    expect(html).toContain('aria-label="Dimension scores from 0 to 5"');
    expect(html).toContain(`<span class="value">${first.report.summary.overall.score.toFixed(1)}</span>`);
    expect(html).toContain('Partner X');
  });

  it('a second assessment shows the trend against the one before it, per dimension too', async () => {
    await assess('2026-06-30');
    const second = await loadProgramDocumentInput(t.db, TEST_ORG, 'latest');
    expect(second.assessment.number).toBe(first.assessment.number + 1);
    expect(second.previous?.number).toBe(first.assessment.number);
    const text = renderProgramDocument(second, 'md');
    const delta = second.report.summary.overall.score - first.report.summary.overall.score;
    const word = Math.abs(delta) < 0.05 ? 'Unchanged' : delta > 0 ? 'Up' : 'Down';
    expect(text).toContain(
      `${word} ${Math.abs(delta).toFixed(1)} since 30 Sep 2026 (assessment #${first.assessment.number}:`,
    );
    expect(text).toContain('| Dimension | Score | Change | Band | Weakest finding |');
    // History: health transitions of the partners in both, adding up to them; tier changes named.
    expect(text).toContain('## What changed since the assessment of 30 Sep 2026?');
    const both = second.report.performance.partners.filter((p) =>
      first.report.performance.partners.some((q) => q.externalId === p.externalId),
    ).length;
    const transitions = ['Engaged', 'Passive', 'At-risk', 'Dormant'].map((h) => row(text, h));
    const totals = transitions.map((l) => Number(l.split('|').at(-2)!.trim()));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(both);
    // Partner A stayed engaged in both assessments: counted on the diagonal.
    const was = (id: string, r: typeof first.report) =>
      r.performance.partners.find((p) => p.externalId === id)!;
    const aBefore = was('P-A', first.report);
    const aNow = was('P-A', second.report);
    expect(text).toMatch(/\*\*Tier changes:\*\* /);
    if ((aBefore.readiness?.tier ?? 'none') !== (aNow.readiness?.tier ?? 'none'))
      expect(text).toContain(
        `Partner A: ${(aBefore.readiness?.tier ?? 'none').replace(/^./, (c) => c.toUpperCase())} → `,
      );
    // The earlier one still renders, unchanged, by number.
    const again = await loadProgramDocumentInput(t.db, TEST_ORG, first.assessment.number);
    expect(renderProgramDocument(again, 'md')).toBe(md);
  });

  it('the spreadsheet reads back typed: money, dates, scores as numbers; a frozen, filtered header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await programWorkbookFile(first)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Performance',
      'Readiness',
      'Portfolio',
      'Scorecard',
      'Plan',
    ]);
    const perf = wb.getWorksheet('Performance')!;
    expect(perf.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(perf.autoFilter).toBeDefined();
    expect(perf.rowCount).toBe(first.report.performance.partners.length + 1);
    const a = first.report.performance.partners.find((p) => p.externalId === 'P-A')!;
    const rowA = perf.getRows(2, perf.rowCount - 1)!.find((r) => r.getCell(2).value === 'P-A')!;
    expect(rowA.getCell(6).value).toBe(a.revenue);
    expect(rowA.getCell(6).numFmt).toBe('"$"#,##0');
    expect(rowA.getCell(10).value).toBe(a.satisfaction);
    expect(rowA.getCell(12).value).toEqual(new Date(`${a.lastActivityOn}T00:00:00Z`));
    const plan = wb.getWorksheet('Plan')!;
    const p = first.report.plan;
    expect(plan.rowCount - 1).toBe(p.days30.length + p.days60.length + p.days90.length + p.deferred.length);
    const scorecard = wb.getWorksheet('Scorecard')!;
    expect(scorecard.rowCount - 1).toBe(first.report.scorecard.flatMap((d) => d.criteria).length);
  });

  it('no text becomes a formula in the spreadsheet, and user text stays inert in every format', async () => {
    const names = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+1',
      '-2',
      '@SUM(A1)',
      '<script>alert(1)</script> [x](javascript:alert(1))',
    ];
    const hostile: ProgramDocumentInput = {
      ...first,
      report: {
        ...first.report,
        performance: {
          ...first.report.performance,
          partners: first.report.performance.partners.map((p, i) => ({ ...p, name: names[i] ?? p.name })),
        },
      },
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await programWorkbookFile(hostile)) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    for (const n of names.slice(0, 4)) expect(texts).toContain(`'${n}`);
    const page = renderProgramDocument(hostile, 'html');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(renderProgramDocument(hostile, 'md')).toContain(
      '\\<script\\>alert(1)\\</script\\> \\[x\\](javascript\\:alert(1))',
    );
  });

  it('the prompt for a language model: the method’s prompt with its three variables filled from brief and data', () => {
    const prompt = renderProgramDocument(first, 'prompt');
    expect(prompt).not.toMatch(/\{(PARTNER_CONTEXT|OBJECTIVES|CONSTRAINTS)\}/);
    const quick = prompt.split('## Quick Assessment Prompt')[1]!.split('## Template')[0]!;
    // {PARTNER_CONTEXT} from the data: count, types, tiers, engagement, revenue, tools.
    const tiers = (t: string | null) =>
      first.report.performance.partners.filter((p) => (p.readiness?.tier ?? null) === t).length;
    expect(quick).toContain(
      `25 partners (5 strategic, 15 channel, 5 technology); tiers: ${tiers('platinum')} platinum, ${tiers('gold')} gold, ${tiers('silver')} silver, ${tiers('bronze')} bronze, ${tiers(null)} no tier.`,
    );
    expect(quick).toContain('Partner-sourced revenue $8M (20% of company revenue)');
    expect(quick).toContain('Tools: partner portal, Salesforce PRM.');
    // {OBJECTIVES} and {CONSTRAINTS} from the brief (and the coverage gaps the data shows).
    expect(quick).toContain('The partnership objectives are partner revenue $15M by 2027-09-30');
    expect(quick).toContain('Account for a team of 2; limited budget; limited executive bandwidth;');
    expect(quick).toContain('coverage gaps: APAC (no partner)');
    // The six dimensions with their criteria, and every measured score to keep.
    for (const d of first.report.scorecard) expect(prompt).toContain(d.dimension.toUpperCase());
    const measured = prompt.split('## Measured by Trellis')[1]!;
    expect(measured.match(/^- .* — \d\/5 \(/gm)).toHaveLength(24);
  });

  it("a partner's review flags its overdue remediation items with the days overdue", async () => {
    const late = await loadPartnerDocumentInput(t.db, TEST_ORG, 'P-D', {
      today: '2030-01-01',
      edition: 'internal',
    });
    const open = late.remediation.filter((i) => i.status === 'open' || i.status === 'in_progress');
    expect(open.length).toBeGreaterThan(0);
    const md = renderPartnerDocument(late, 'md');
    expect(md).toContain(`${open.length} items open, **${open.length} overdue**`);
    const first = open[0]!;
    const days = (Date.parse('2030-01-01') - Date.parse(first.dueOn)) / 86_400_000;
    expect(md).toContain(`**${days} days overdue**`);
    // On time, nothing is flagged.
    const early = renderPartnerDocument(
      await loadPartnerDocumentInput(t.db, TEST_ORG, 'P-D', { today: '2026-10-01', edition: 'internal' }),
      'md',
    );
    expect(early).not.toContain('overdue');
  });

  it('the HTML matches its golden file (charts normalised: their SVG is ECharts’ to draw)', () => {
    // UPDATE_GOLDEN=1 rewrites the file; review its diff like code.
    const normalised = html.replace(/<svg[\s\S]*?<\/svg>/g, '<svg/>');
    const file = join(import.meta.dirname, 'golden', 'program-report.html');
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, normalised);
    expect(normalised).toBe(readFileSync(file, 'utf8'));
  });

  it('an unknown assessment is not found', async () => {
    await expect(loadProgramDocumentInput(t.db, TEST_ORG, 99)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
