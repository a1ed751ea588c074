/**
 * The two tiers of a partner, named apart (docs/readiness.md, "Program tier and readiness tier"):
 * the program tier recorded in the CRM and the readiness tier Trellis computes, with "review" when
 * the program tier is above what the evidence supports.
 */
import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { programAboveReadiness, tierReviewText } from '@trellis/contracts';
import { TierBadge } from './badges.tsx';
import { useTierWords } from './tier-words.ts';

export const TierReview = ({
  programTier,
  readinessTier,
}: {
  programTier: string;
  readinessTier: string | null;
}) => (
  <Tooltip label={tierReviewText(programTier, readinessTier, useTierWords().tiers)}>
    <Badge
      color="orange.1"
      c="#8a3300"
      variant="filled"
      size="xs"
      radius="sm"
      tt="none"
      style={{ flexShrink: 0 }}
    >
      review
    </Badge>
  </Tooltip>
);

export const TierPair = ({
  programTier,
  readinessTier,
  scored,
}: {
  programTier: string | null;
  readinessTier: string | null;
  /** False when no readiness scoring covers the partner yet. */
  scored: boolean;
}) => {
  const { ids } = useTierWords();
  return (
    <Stack gap={3} align="flex-start">
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed" w={62}>
          Program
        </Text>
        <TierBadge tier={programTier} />
      </Group>
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed" w={62}>
          Readiness
        </Text>
        {scored ? (
          <TierBadge tier={readinessTier} />
        ) : (
          <Text size="xs" c="dimmed">
            not scored
          </Text>
        )}
        {scored && programTier && programAboveReadiness(programTier, readinessTier, ids) && (
          <TierReview programTier={programTier} readinessTier={readinessTier} />
        )}
      </Group>
    </Stack>
  );
};
