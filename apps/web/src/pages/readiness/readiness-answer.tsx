/**
 * The answer above the fold: how many partners hold a tier (and the change since the previous
 * scoring), how many a gate holds back or a grace period keeps, the remediation under way, and the
 * gap that holds back most partners.
 */
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDate, formatPercent, plural } from '@trellis/contracts';
import type { ReactNode } from 'react';
import { useTierWords } from '../../components/tier-words.ts';
import { useReadinessParams } from './readiness-params.ts';
import type { ReadinessSummary } from './use-readiness.ts';

const tiered = (s: ReadinessSummary) => s.summary.partners - (s.summary.tierDistribution.none ?? 0);

const Stat = ({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) => (
  <Paper withBorder p="md">
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.1}>
        {value}
      </Text>
      {children && (
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      )}
    </Stack>
  </Paper>
);

/** "+2 since 30 Jun 2026", "unchanged since …". */
const since = (n: number, asOf: string) =>
  `${n > 0 ? `+${n}` : n < 0 ? `−${-n}` : 'unchanged'} since ${formatDate(asOf)}`;

export const ReadinessAnswer = ({
  summary: s,
  previous,
}: {
  summary: ReadinessSummary;
  /** The scoring before this one, for the change since last time. */
  previous: ReadinessSummary | undefined;
}) => {
  const { name: tierName, order: orderTiers } = useTierWords();
  const [, setParams] = useReadinessParams();
  const { summary } = s;
  const n = tiered(s);
  const byTier = orderTiers(Object.keys(summary.tierDistribution))
    .filter((t) => t !== 'none' && (summary.tierDistribution[t] ?? 0) > 0)
    .map((t) => `${summary.tierDistribution[t]} ${tierName(t)}`)
    .join(', ');
  const gap = s.largestGaps[0];
  const r = summary.remediation;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }} spacing="sm">
        <Stat label="Partners with a readiness tier" value={`${n} of ${summary.partners}`}>
          {byTier || 'None yet'}
          {previous && (
            <>
              {' · '}
              {since(n - tiered(previous), previous.asOf)}
            </>
          )}
        </Stat>
        <Stat label="Held back by a gate" value={summary.heldBackByGates}>
          Composite meets a higher tier, a gate does not
        </Stat>
        <Stat label="In a grace period" value={summary.inGrace}>
          Below their tier, kept for now
        </Stat>
        {summary.programAboveReadiness !== undefined && (
          <Stat label="Program tier above readiness" value={summary.programAboveReadiness}>
            {summary.programAboveReadiness ? (
              <Anchor
                component="button"
                ta="left"
                size="sm"
                onClick={() => {
                  setParams({ review: true });
                  document.getElementById('tiers-table')?.scrollIntoView();
                }}
              >
                Review them: the CRM's tier is higher than the evidence supports
              </Anchor>
            ) : (
              'Every program tier is backed by the evidence'
            )}
          </Stat>
        )}
        {r ? (
          <Stat label="Remediation items open" value={r.open}>
            {r.inProgress} in progress, {r.done} done
            {r.gapClosureRate !== null && ` · ${formatPercent(r.gapClosureRate)} of gaps closed`}
          </Stat>
        ) : (
          <Stat label="Remediation" value="—">
            A scoring of an earlier date: today’s remediation follows the latest scoring
          </Stat>
        )}
      </SimpleGrid>
      {gap && (
        <Group gap={6}>
          <Text size="sm">
            What holds most partners back: <strong>{gap.label.replaceAll(',', ', ')}</strong> (
            {plural(gap.partners, 'partner')}).
          </Text>
        </Group>
      )}
    </Stack>
  );
};
