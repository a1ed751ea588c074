/**
 * The program assessment as a document for an executive, on the seed example: the figures a reader
 * takes away, said so nobody misreads them (why a figure could surprise, each grouping in its own
 * table, plurals, collapsed repeats), the trend once there are two assessments, and the charts
 * inline in the HTML. Figures are checked against the report JSON the document is made from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatScore } from '@trellis/contracts';
import ExcelJS from 'exceljs';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../src/app/assessments/assess-program.ts';
import { loadPartnerDocumentInput, renderPartnerDocument } from '../src/app/documents/partner-document.ts';
import {
  loadProgramDocumentInput,
  programWorkbookFile,
  renderProgramDocument,
} from '../src/app/documents/program-document.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { scorePartnersUseCase } from '../src/app/readiness/score-partners.ts';
import type { ProgramDocumentInput } from '../src/documents/program/input.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { loadProgramFramework } from '../src/frameworks/load-framework.ts';
import { csvText } from '../src/importers/csv-source.ts';
import { importCsv } from '../src/importers/import-csv.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let first: ProgramDocumentInput;
let md: string;
let html: string;

const assess = async (asOf: string) => {
  const example = await readExampleDirectory();
  await assessProgramUseCase(t.db, systemCaller(TEST_ORG), {
    brief: example.brief,
    briefName: example.briefName,
    framework: loadProgramFramework('v1'),
    asOf,
    today: '2030-01-01',
  });
};

beforeAll(async () => {
  t = await openTestDatabase();
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), {
    sources: (await readExampleDirectory()).sources,
  });
  await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-09-30' });
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
      `**${score.toFixed(1)}** (${band}) — of 5. No assessment of an earlier date yet: the trend shows from the next quarter.`,
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
    expect(md).toContain(
      `${tiered} partners of 25 hold a readiness tier (computed from evidence, scored 30 Sep 2026)`,
    );
    // The partners whose program tier (CRM) is above their readiness tier, with both named.
    expect(md).toContain('**Program tier above readiness tier — review (7):** ');
    expect(md).toContain('Partner X (Gold in the program, not ready for any tier — review)');
    expect(md).toContain('| Sales | 14 | 12 | 9 | 0 |');
  });

  it('the HTML has the charts inline as SVG and the same figures', () => {
    expect(html.match(/<svg\b/g)?.length).toBe(7);
    expect(html).toContain('aria-label="Dimension scores from 0 to 5"');
    expect(html).toContain(`<span class="value">${first.report.summary.overall.score.toFixed(1)}</span>`);
    expect(html).toContain('Partner X');
  });

  it('an assessment of an earlier date made afterwards is history: September stays latest and compares with June', async () => {
    // Looking back: June is assessed after September. Time must not run backwards — the latest is
    // still September, and September's trend now reads forward from June.
    await assess('2026-06-30');
    const latest = await loadProgramDocumentInput(t.db, TEST_ORG, 'latest');
    expect(latest.assessment.number).toBe(first.assessment.number);
    const june = await loadProgramDocumentInput(t.db, TEST_ORG, first.assessment.number + 1);
    expect(june.report.asOf).toBe('2026-06-30');
    expect(june.previous).toBeUndefined();
    expect(renderProgramDocument(june, 'md')).toContain(
      'No assessment of an earlier date yet: the trend shows from the next quarter.',
    );
    expect(latest.previous?.number).toBe(june.assessment.number);
    const text = renderProgramDocument(latest, 'md');
    const delta = latest.report.summary.overall.score - june.report.summary.overall.score;
    const word = Math.abs(delta) < 0.05 ? 'Unchanged' : delta > 0 ? 'Up' : 'Down';
    expect(text).toContain(
      `${word} ${Math.abs(delta).toFixed(1)} since 30 Jun 2026 (assessment #${june.assessment.number}:`,
    );
    expect(text).not.toContain('since 30 Sep 2026');
    expect(text).toContain('| Dimension | Score | Change | Band | Weakest finding |');
    // History: health transitions of the partners in both, adding up to them; tier changes named.
    expect(text).toContain('## What changed since the assessment of 30 Jun 2026?');
    const both = latest.report.performance.partners.filter((p) =>
      june.report.performance.partners.some((q) => q.externalId === p.externalId),
    ).length;
    const transitions = ['Engaged', 'Passive', 'At-risk', 'Dormant'].map((h) => row(text, h));
    const totals = transitions.map((l) => Number(l.split('|').at(-2)!.trim()));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(both);
    const was = (id: string, r: typeof first.report) =>
      r.performance.partners.find((p) => p.externalId === id)!;
    const aBefore = was('P-A', june.report);
    const aNow = was('P-A', latest.report);
    expect(text).toMatch(/\*\*Readiness tier changes:\*\* /);
    if ((aBefore.readiness?.tier ?? 'none') !== (aNow.readiness?.tier ?? 'none'))
      expect(text).toContain(
        `Partner A: ${(aBefore.readiness?.tier ?? 'none').replace(/^./, (c) => c.toUpperCase())} → `,
      );
    // September's report itself is unchanged: only its comparison gained a quarter before it.
    expect(latest.report).toEqual(first.report);
    // Quarter over quarter, as of September: both assessments oldest first, and the outcomes
    // between the assessment before and this one; June's document sees nothing after June.
    expect(text).toContain('## How has the program moved, quarter over quarter?');
    const q = text.slice(text.indexOf('quarter over quarter?'));
    expect(q.indexOf('30 Jun 2026 (#')).toBeLessThan(q.indexOf('30 Sep 2026 (#'));
    expect(q).toContain(
      `| ${formatScore(june.report.summary.overall.score)} ${june.report.summary.overall.band} |`,
    );
    expect(latest.history?.outcomes?.change.statement).toMatch(/^Between 30 Jun 2026 and 30 Sep 2026/);
    expect(june.history?.assessments.map((a) => a.asOf)).toEqual(['2026-06-30']);
  });

  it('the first three actions are the report’s top improvements, in the same order', () => {
    const titles = first.report.summary.topImprovements.map((t) => t.title);
    expect(titles).toHaveLength(3);
    const list = md.slice(md.indexOf('**The first three actions**'), md.indexOf('**Not measured**'));
    const listed = [...list.matchAll(/^\d\. \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(listed).toEqual(titles);
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
      '\u202efdp.exe Partner',
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
    // Shown as written (no apostrophe), in cells marked Text so that editing them keeps them text.
    for (const n of names.slice(0, 4)) {
      const cell = cells.find((c) => c.value === n);
      expect([cell?.type, cell?.numFmt], n).toEqual([ExcelJS.ValueType.String, '@']);
    }
    expect(texts.filter((t) => t.startsWith("'"))).toEqual([]);
    // Direction controls go from cells as from every other format.
    expect(texts.filter((t) => t.includes('\u202e'))).toEqual([]);
    const page = renderProgramDocument(hostile, 'html');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(renderProgramDocument(hostile, 'md')).toContain(
      '\\<script\\>alert(1)\\</script\\> \\[x\\](javascript\\:alert(1))',
    );
  });

  it('the prompt keeps brief notes, region names and reasons inert, and drops direction controls', () => {
    const evil =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) \u202eexe.pdf';
    const r = first.report;
    const hostile: ProgramDocumentInput = {
      ...first,
      report: {
        ...r,
        brief: {
          ...r.brief,
          context: { ...r.brief.context, notes: evil },
          constraints: { ...r.brief.constraints, notes: evil },
        },
        portfolio: { ...r.portfolio, coverageGaps: [{ ...r.portfolio.coverageGaps[0]!, name: evil }] },
        // An assessor's reason: user text too (it went out raw before the re-run probe).
        scorecard: r.scorecard.map((d, i) =>
          i > 0
            ? d
            : {
                ...d,
                criteria: d.criteria.map((c, j) =>
                  j > 0
                    ? c
                    : { ...c, source: 'manual' as const, final: 2, manual: { score: 2, reason: evil } },
                ),
              },
        ),
      },
    };
    const prompt = renderProgramDocument(hostile, 'prompt');
    expect(prompt).toContain('(assessor: \\<script\\>alert(1)\\</script\\>');
    const shown = marked.parse(prompt, { async: false, gfm: true }) as string;
    const tags = new Set([...shown.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]!));
    expect(
      [...tags].filter((t) => !'h1 h2 p blockquote strong ol ul li pre code'.split(' ').includes(t)),
    ).toEqual([]);
    expect(shown).not.toMatch(/<a\b|<img\b|<script\b/);
    expect(prompt).not.toContain('\u202e');
    expect(prompt).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('the prompt for a language model: the method’s prompt with its three variables filled from brief and data', () => {
    const prompt = renderProgramDocument(first, 'prompt');
    expect(prompt).not.toMatch(/\{(PARTNER_CONTEXT|OBJECTIVES|CONSTRAINTS)\}/);
    const quick = prompt.split('## Quick Assessment Prompt')[1]!.split('## Template')[0]!;
    // {PARTNER_CONTEXT} from the data: count, types, tiers, engagement, revenue, tools.
    const tiers = (t: string | null) =>
      first.report.performance.partners.filter((p) => (p.readiness?.tier ?? null) === t).length;
    expect(quick).toContain(
      `25 partners (5 strategic, 15 channel, 5 technology); readiness tiers (computed): ${tiers('platinum')} platinum, ${tiers('gold')} gold, ${tiers('silver')} silver, ${tiers('bronze')} bronze, ${tiers(null)} no tier.`,
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

  it('says how fresh the data is, and what was imported after the assessment was made', async () => {
    expect(md).toContain('**How fresh the data is:** Newest survey 31 Aug 2026 (30 days before)');
    expect(md).not.toContain('imported or changed since');
    const csv =
      'external_id,partner_external_id,name,amount,stage,created_on,closed_on,sourced_by_partner,registered,region,segment\n' +
      'O-LATE-1,P-A,Late deal,1000,open,2026-09-29,,true,true,NA,Enterprise\n';
    await importCsv(t.db, TEST_ORG, 'opportunities', csvText('late.csv', csv), { actor: 'test' });
    const now = await loadProgramDocumentInput(t.db, TEST_ORG, first.assessment.number);
    expect(now.importedSince).toEqual([{ entity: 'opportunities', rows: 1 }]);
    expect(renderProgramDocument(now, 'md')).toContain(
      '1 opportunity imported or changed since this assessment was made — re-assess to include them.',
    );
    // The log names who imported what; a re-import that changes nothing logs nothing.
    await importCsv(t.db, TEST_ORG, 'opportunities', csvText('late.csv', csv), { actor: 'test' });
    const log = await t.db.query(
      'select entity, source, inserted, updated, actor from import_log where org_id = $1 and actor = $2',
      [TEST_ORG, 'test'],
    );
    expect(log).toEqual([
      { entity: 'opportunities', source: 'late.csv', inserted: 1, updated: 0, actor: 'test' },
    ]);
  });
});
