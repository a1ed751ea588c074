/** Maps scored partners to the readiness report contract (readiness-report-schema.ts). */

import { programAboveReadiness, type ReadinessReport } from '@trellis/contracts';
import { compareText } from '../domain/compare.ts';
import type { CompetencyFramework } from '../domain/competency-framework.ts';
import { roles } from '../domain/competency-framework.ts';
import { personNoun } from '../domain/next-tier-needs.ts';
import type { ReadinessFacts } from '../domain/readiness-facts.ts';
import type { RemediationItem as RemediationRow } from '../domain/remediation-plan.ts';
import type { PartnerReadiness } from '../domain/score-partner.ts';
import type { TierPolicy } from '../domain/tier-policy.ts';

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const r1 = (x: number) => Math.round(x * 10) / 10;

export interface ReadinessReportInput {
  asOf: string;
  policy: TierPolicy;
  policySha256: string;
  framework: CompetencyFramework;
  frameworkSha256: string;
  facts: ReadinessFacts[];
  results: PartnerReadiness[];
  /**
   * The org's remediation items after the scoring; null for a scoring of a date before the latest
   * one, which never touches today's items (docs/readiness.md, "Time").
   */
  remediation: RemediationRow[] | null;
}

export const buildReadinessReportJson = (i: ReadinessReportInput): ReadinessReport => {
  const tierIds = [...i.policy.tiers.map((t) => t.id)].reverse();
  const distribution: Record<string, number> = Object.fromEntries([...tierIds, 'none'].map((t) => [t, 0]));
  for (const r of i.results) distribution[r.effective.tier ?? 'none']! += 1;
  const heldBack = i.results.filter((r) =>
    r.evaluations.some(
      (e, k) =>
        k > i.policy.tiers.findIndex((t) => t.id === r.earned) &&
        e.composite >= i.policy.tiers[k]!.minComposite &&
        !e.qualifies,
    ),
  ).length;
  const items = i.remediation ?? [];
  const count = (s: RemediationRow['status']) => items.filter((x) => x.status === s).length;
  const open = count('open');
  const inProgress = count('in_progress');
  const done = count('done');
  const byPartner = new Map<string, RemediationRow[]>();
  for (const row of items) byPartner.set(row.partner, [...(byPartner.get(row.partner) ?? []), row]);
  const gaps = new Map<string, { kind: string; key: string; label: string; partners: number }>();
  for (const r of i.results) {
    for (const n of r.next?.needs ?? []) {
      const key =
        n.kind === 'competency'
          ? `competency:${n.competency}`
          : n.kind === 'headcount'
            ? `headcount:${n.role}`
            : n.kind;
      // Names, not ids: "Sales competencies below the next tier's level: Discovery and qualification, …".
      const label =
        n.kind === 'competency'
          ? `${n.role ? `${n.role.charAt(0).toUpperCase()}${n.role.slice(1)} competencies` : 'Competencies'} below the next tier's level: ${(n.competencyNames ?? [n.competency]).join(', ')}`
          : n.kind === 'headcount' && n.role
            ? `too few qualified ${personNoun(n.role, 2)}`
            : n.kind === 'references'
              ? 'too few verified customer references'
              : n.kind === 'composite'
                ? "composite below the next tier's threshold"
                : 'a component at zero';
      const g = gaps.get(key) ?? { kind: n.kind, key, label, partners: 0 };
      g.partners += 1;
      gaps.set(key, g);
    }
  }
  return {
    schemaVersion: '1',
    asOf: i.asOf,
    policy: { version: i.policy.version, sha256: i.policySha256 },
    competencyFramework: { version: i.framework.version, sha256: i.frameworkSha256 },
    summary: {
      partners: i.results.length,
      tierDistribution: distribution,
      inGrace: i.results.filter((r) => r.effective.change === 'grace').length,
      heldBackByGates: heldBack,
      programAboveReadiness: i.results.filter((r, k) =>
        programAboveReadiness(i.facts[k]!.programTier, r.effective.tier),
      ).length,
      remediation:
        i.remediation === null
          ? null
          : {
              open,
              inProgress,
              done,
              dropped: count('dropped'),
              gapClosureRate: open + inProgress + done > 0 ? r4(done / (open + inProgress + done)) : null,
            },
    },
    readinessByRole: roles.map((role) => ({
      role,
      qualifiedPeople: [0, 1, 2, 3].map((l) => i.facts.reduce((a, f) => a + (f.qualified[role][l] ?? 0), 0)),
      partnersWithQualified: [0, 1, 2, 3].map(
        (l) => i.facts.filter((f) => (f.qualified[role][l] ?? 0) > 0).length,
      ),
    })),
    largestGaps: [...gaps.values()]
      .sort((a, b) => b.partners - a.partners || compareText(a.key, b.key))
      .slice(0, 10),
    partners: i.results.map((r, k) => {
      const e = r.current;
      const programTier = i.facts[k]!.programTier;
      return {
        externalId: r.externalId,
        name: r.name,
        type: r.type,
        tier: r.effective.tier,
        earned: r.earned,
        programTier,
        tierReview: programAboveReadiness(programTier, r.effective.tier),
        change: r.effective.change,
        graceLeft: r.effective.graceLeft,
        skills: r4(e.components.skills),
        capacity: r4(e.components.capacity),
        outcomes: r4(e.components.outcomes),
        outcomesConfidence: r4(e.outcomes.confidence),
        composite: r1(e.composite),
        contributions: {
          skills: r1(e.contributions.skills),
          capacity: r1(e.contributions.capacity),
          outcomes: r1(e.contributions.outcomes),
        },
        gates: e.gates,
        evidence: {
          missingCompetencies: e.skills.missing.map((m) => ({
            competency: m.competency,
            level: m.level,
            demonstrated: m.demonstrated,
          })),
          capacity: e.capacity.roles.map((c) => ({
            role: c.role,
            qualified: c.qualified,
            needed: c.needed,
            demand: c.demand,
          })),
          outcomes: e.outcomes.signals.map((s) => ({
            signal: s.signal,
            n: s.n,
            raw: s.raw === null ? null : r4(s.raw),
            normalised: s.normalised === null ? null : r4(s.normalised),
            confidence: r4(s.confidence),
            value: r4(s.value),
          })),
          referencesInWindow: e.referencesInWindow,
        },
        nextTier: r.next
          ? {
              tier: r.next.tier,
              composite: r1(r.next.evaluation.composite),
              needs: r.next.needs.map((n) => n.text),
              items: r.next.needs.map((n) => ({
                kind: n.kind,
                role: n.role ?? null,
                competencies: n.competencyNames ?? [],
                count: n.count,
                current: n.current === null ? null : r4(n.current),
                required: n.required,
                level: n.level ?? null,
                openDemand: n.openDemand ?? false,
                withinDays: n.withinDays ?? null,
                component: n.component ?? null,
                text: n.text,
              })),
            }
          : null,
        remediation: (byPartner.get(r.externalId) ?? []).map((x) => ({
          id: x.id,
          gapKey: x.gapKey,
          gap: x.gap,
          action: x.action,
          owner: x.owner,
          mentor: x.mentor,
          bucket: x.bucket,
          dueOn: x.dueOn,
          status: x.status,
        })),
      };
    }),
  };
};
