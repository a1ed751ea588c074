/**
 * One unit to rate: whose work it is, its evidence, and the rubric's levels with their descriptors
 * for this competency, as buttons (digit shortcuts shown). What the evaluation was scored, and what
 * anyone else rated, is not here: the API never sends it to a rater.
 */
import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CalibrationUnitToRate } from '@trellis/contracts';

const safeHref = (uri: string) => (/^https?:\/\//i.test(uri) ? uri : undefined);

const Evidence = ({ unit }: { unit: CalibrationUnitToRate }) =>
  unit.evidence.length === 0 ? (
    <Text size="sm" c="dimmed">
      No evidence is attached to this evaluation.
    </Text>
  ) : (
    <List size="sm" spacing={4} aria-label="Evidence">
      {unit.evidence.map((e) => (
        <List.Item key={e.id}>
          <Badge variant="light" color="gray" c="dark.7" tt="none" mr={6}>
            {e.artifactType}
          </Badge>
          {safeHref(e.uri) ? (
            <Anchor href={safeHref(e.uri)} target="_blank" rel="noreferrer" size="sm">
              {e.uri}
            </Anchor>
          ) : (
            <Text span size="sm" style={{ wordBreak: 'break-all' }}>
              {e.uri}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );

export const UnitCard = ({
  unit,
  chosen,
  onChoose,
}: {
  unit: CalibrationUnitToRate;
  chosen: number | null;
  onChoose: (level: number) => void;
}) => {
  const rated = unit.myRating?.value ?? null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {unit.competencyName ?? unit.competency}
        </Title>
        <Text size="sm" c="dimmed">
          {unit.unit} · {unit.person.name} ({unit.person.role}) at {unit.partner.name} · rubric{' '}
          {unit.rubricVersion}
        </Text>
        <Title order={3} size="h5" mt="sm">
          Evidence
        </Title>
        <Evidence unit={unit} />
      </Stack>
      <Stack gap="xs" role="group" aria-label="Levels">
        <Title order={3} size="h5">
          {rated === null ? 'Your level' : `You rated it level ${rated}`}
        </Title>
        {unit.levels.map((l) => {
          const selected = (rated ?? chosen) === l.level;
          return (
            <Button
              key={l.level}
              variant={selected ? 'filled' : 'default'}
              onClick={() => onChoose(l.level)}
              disabled={rated !== null}
              aria-pressed={selected}
              h="auto"
              py={8}
              justify="flex-start"
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left', display: 'block' } }}
            >
              <Group gap={8} wrap="nowrap" align="baseline">
                <kbd>{l.level}</kbd>
                <span>
                  <strong>{l.name}</strong>
                  <Text span size="xs" display="block" c={selected ? undefined : 'dark.4'}>
                    {l.descriptor ?? l.description}
                  </Text>
                </span>
              </Group>
            </Button>
          );
        })}
      </Stack>
    </SimpleGrid>
  );
};
