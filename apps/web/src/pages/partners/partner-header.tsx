/**
 * The top of a partner's page — for a partner user, the top of their portal: the question the page
 * answers, the partner's readiness tier (in effect, and earned when a grace period keeps it higher)
 * beside its program tier (recorded in the CRM; "review" when it is above), its composite, its
 * health (staff; a partner user only when their org shares it), and who the partner is.
 */
import { Group, Stack, Text, Title } from '@mantine/core';
import { formatDate, formatScore, programAboveReadiness, tierReviewText } from '@trellis/contracts';
import { useSession } from '../../api/session.tsx';
import { HealthBadge, TierBadge } from '../../components/badges.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import type { PartnerPerformanceRow, PartnerReadiness, PartnerRecord } from './partner-types.ts';
import { ReviewDownload } from './review-download.tsx';

/** "What does Partner D need for Silver?" — or, at the top tier, what keeps it there. */
export const pageQuestion = (
  name: string,
  readiness: PartnerReadiness | undefined,
  tierName: (tier: string | null) => string,
): string => {
  if (!readiness) return `How ready is ${name}?`;
  if (readiness.nextTier) return `What does ${name} need for ${tierName(readiness.nextTier.tier)}?`;
  return `What keeps ${name} at ${tierName(readiness.tier)}?`;
};

export const PartnerHeader = ({
  record,
  readiness,
  performance,
}: {
  record: PartnerRecord;
  readiness: PartnerReadiness | undefined;
  performance: PartnerPerformanceRow | null | undefined;
}) => {
  const { partner: ownPartner } = useSession();
  const { name: tierName, ids, tiers } = useTierWords();
  // Staff see health, or "not measured" for a partner outside the assessment; a partner user sees
  // it only when their answer carries it.
  const health = ownPartner
    ? performance?.health
    : performance === undefined
      ? undefined
      : (performance?.health ?? null);
  const details = [
    record.external_id,
    record.type,
    record.region,
    record.segment,
    record.owner && `partner manager ${record.owner}`,
    `joined ${formatDate(record.joined_on)}`,
    record.lifecycle !== 'active' && record.lifecycle,
  ].filter(Boolean);
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Title order={1}>{pageQuestion(record.name, readiness, tierName)}</Title>
        {readiness && <ReviewDownload partner={record.external_id} />}
      </Group>
      <Group gap="sm" wrap="wrap" aria-label={health === undefined ? 'Tier' : 'Tier and health'}>
        {readiness ? (
          <>
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                Readiness tier
              </Text>
              <TierBadge tier={readiness.tier} />
            </Group>
            {readiness.earned !== readiness.tier && (
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  earned
                </Text>
                <TierBadge tier={readiness.earned} />
                {readiness.change === 'grace' && (
                  <Text size="sm" c="dimmed">
                    (grace period: {readiness.graceLeft} left)
                  </Text>
                )}
              </Group>
            )}
            <Text size="sm">
              composite <strong>{formatScore(readiness.composite)}</strong> / 100
            </Text>
          </>
        ) : (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              Readiness tier
            </Text>
            <Text size="sm" c="dimmed">
              not scored yet
            </Text>
          </Group>
        )}
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Program tier
          </Text>
          <TierBadge tier={record.tier} />
          {readiness && record.tier && programAboveReadiness(record.tier, readiness.tier, ids) && (
            <Text size="sm" fw={600} c="orange.9">
              {tierReviewText(record.tier, readiness.tier, tiers)}
            </Text>
          )}
        </Group>
        {health !== undefined && (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              Health
            </Text>
            <HealthBadge health={health} />
          </Group>
        )}
        {readiness && (
          <Text size="sm" c="dimmed">
            scored {formatDate(readiness.asOf)}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {record.name} · {details.join(' · ')}
      </Text>
    </Stack>
  );
};
