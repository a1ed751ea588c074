/** Band, health and tier badges: colour is never the only cue (the word is always there). */
import { Badge, Tooltip } from '@mantine/core';
import { BAND_COLORS, BAND_TEXT, HEALTH_COLORS } from './theme.ts';
import { useTierWords } from './tier-words.ts';

export const BandBadge = ({ band }: { band: string | null | undefined }) =>
  band && BAND_COLORS[band] ? (
    <Badge color={BAND_COLORS[band]} c={BAND_TEXT[band]} variant="filled" radius="sm">
      {band}
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" radius="sm">
      {band ?? 'Not assessed'}
    </Badge>
  );

export const HealthBadge = ({ health }: { health: string | null | undefined }) =>
  health ? (
    <Badge color={HEALTH_COLORS[health] ?? 'gray'} variant="dot" radius="sm" c="dark.7" tt="none">
      {health}
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" radius="sm">
      not measured
    </Badge>
  );

/** A tier by the published policy's name (a program tier as the CRM writes it matches in any case). */
export const TierBadge = ({ tier }: { tier: string | null | undefined }) => {
  const words = useTierWords();
  // Before the policy arrives an id reads as its name would; a tier the policy does not know, as given.
  const name = !tier
    ? words.name(null)
    : (words.tiers.find((t) => t.id === tier.toLowerCase())?.name ??
      (words.tiers.length ? tier : words.name(tier)));
  return (
    <Badge color="dark" variant={tier ? 'outline' : 'dot'} radius="xl" tt="none">
      {name}
    </Badge>
  );
};

/** "n = 3" beside a figure resting on fewer records than the framework's minimum sample. */
/** Never shrunk to "n…" beside a long text: the sample size is the point. */
export const SmallSample = ({ n }: { n: number }) => (
  <Tooltip label="Small sample: fewer records than the framework's minimum">
    <Badge
      color="gray"
      variant="outline"
      size="xs"
      radius="sm"
      tt="none"
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      n = {n}
    </Badge>
  </Tooltip>
);
