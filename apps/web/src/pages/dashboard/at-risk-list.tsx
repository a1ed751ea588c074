/** The largest at-risk relationships (the dashboard document carries up to 25), each with why. */
import { Anchor, List, Stack, Text } from '@mantine/core';
import { type ProgramReport, usdShort } from '@trellis/contracts';
import { Link } from 'react-router';
import { partnerHref, partnersHref } from './links.ts';

const SHOWN = 5;

export const AtRiskList = ({ atRisk }: { atRisk: ProgramReport['portfolio']['atRisk'] }) => {
  if (atRisk.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Largest at-risk relationships
      </Text>
      <List size="sm" spacing={4}>
        {atRisk.slice(0, SHOWN).map((p) => (
          <List.Item key={p.externalId}>
            <Anchor component={Link} to={partnerHref(p.externalId)}>
              {p.name}
            </Anchor>{' '}
            ({p.type}, {usdShort(p.revenue)}): {p.reasons.join('; ')}
          </List.Item>
        ))}
      </List>
      {atRisk.length > SHOWN && (
        <Anchor component={Link} to={partnersHref({ health: 'at-risk' })} size="sm">
          All at-risk partners
        </Anchor>
      )}
    </Stack>
  );
};
