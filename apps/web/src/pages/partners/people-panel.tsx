/**
 * The partner's people and their evaluations: each person (role, dates, and for staff the champion
 * tag, which partner users never receive) opens to the competencies they were evaluated in — level,
 * assessor, date and expiry.
 */
import { Accordion, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { formatDate, plural } from '@trellis/contracts';
import type { Page } from '../../api/client.ts';
import { todayIso } from '../../components/dates.ts';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { levelText } from './labels.ts';
import type { EvaluationRecord, PersonRecord } from './partner-types.ts';

const EvaluationsTable = ({ evaluations, today }: { evaluations: EvaluationRecord[]; today: string }) =>
  evaluations.length === 0 ? (
    <Text size="sm" c="dimmed">
      No evaluations yet: this person counts as qualified once an assessor evaluates them.
    </Text>
  ) : (
    <Table.ScrollContainer minWidth={560}>
      <Table className="trellis-table" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Competency</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Evaluated</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Assessor</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluations.map((e) => {
            const expired = e.expires_on !== null && e.expires_on <= today;
            return (
              <Table.Tr key={e.external_id}>
                <Table.Td>{e.competency}</Table.Td>
                <Table.Td>{levelText(e.level)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.evaluated_on)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {e.expires_on ? formatDate(e.expires_on) : 'no date set'}{' '}
                  {expired && (
                    <Badge color="gray" variant="outline" size="xs" radius="sm">
                      expired
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {e.assessor}
                  {e.proctored && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · proctored
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

export const PeoplePanel = ({
  people,
  evaluations,
}: {
  people: UseQueryResult<Page<PersonRecord>>;
  evaluations: UseQueryResult<Page<EvaluationRecord>>;
}) => {
  const today = todayIso();
  const body = () => {
    if (people.isPending || evaluations.isPending) return <Loading label="Loading people…" />;
    if (people.isError) return <ErrorState error={people.error} title="People could not be loaded" />;
    if (evaluations.isError)
      return <ErrorState error={evaluations.error} title="Evaluations could not be loaded" />;
    if (people.data.items.length === 0)
      return (
        <Empty title="No people recorded">
          People come from the people file (with the partner’s external id); their evaluations make them
          qualified.
        </Empty>
      );
    const byPerson = new Map<string, EvaluationRecord[]>();
    for (const e of evaluations.data.items)
      byPerson.set(e.person_external_id, [...(byPerson.get(e.person_external_id) ?? []), e]);
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {plural(people.data.total, 'person', 'people')} · {plural(evaluations.data.total, 'evaluation')}.
          Open a person to see their evaluations; an evaluation without an expiry date counts for the
          competency framework’s validity period (730 days by default).
        </Text>
        <Accordion variant="separated" multiple chevronPosition="left">
          {people.data.items.map((p) => {
            const evals = byPerson.get(p.external_id) ?? [];
            const best = evals.length ? Math.max(...evals.map((e) => e.level)) : null;
            const left = p.left_on !== null && p.left_on <= today;
            return (
              <Accordion.Item key={p.external_id} value={p.external_id}>
                <Accordion.Control>
                  <Group gap="sm" wrap="wrap">
                    <Text fw={600} size="sm">
                      {p.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {p.role}
                    </Text>
                    {p.is_champion && (
                      <Badge size="xs" variant="outline" color="trellis" radius="sm">
                        champion
                      </Badge>
                    )}
                    {left && (
                      <Badge size="xs" variant="outline" color="gray" radius="sm">
                        left {formatDate(p.left_on)}
                      </Badge>
                    )}
                    <Text size="sm" c="dimmed">
                      {plural(evals.length, 'evaluation')}
                      {best !== null && ` · best level ${levelText(best)}`}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Text size="xs" c="dimmed" mb={6}>
                    {[p.email, p.started_on && `started ${formatDate(p.started_on)}`, p.external_id]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <EvaluationsTable evaluations={evals} today={today} />
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </Stack>
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="people-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="people-heading">
          People and evaluations
        </Title>
        {body()}
      </Stack>
    </Paper>
  );
};
