/**
 * /partners/:id — "What does <Partner> need for <next tier>?". For a partner user this is their
 * portal: their partner's name and tier at the top, then what the next tier needs (the answer),
 * the tier's gates, performance (with health for staff, and for a partner user only when their org
 * shares it), the readiness components, the remediation plan, people with their evaluations,
 * evidence files, and the program tier, lifecycle, sponsor and manager over time. Each panel loads and fails on its own.
 */
import { Anchor, Breadcrumbs, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { ComponentsPanel } from './components-panel.tsx';
import { EvidencePanel } from './evidence-panel.tsx';
import { HealthPanel } from './health-panel.tsx';
import { NextTierPanel } from './next-tier-panel.tsx';
import { OverTimePanel } from './over-time-panel.tsx';
import { PartnerHeader } from './partner-header.tsx';
import { PartnerNotFound } from './partner-not-found.tsx';
import { PeoplePanel } from './people-panel.tsx';
import { RemediationPanel } from './remediation-panel.tsx';
import { TierPanel } from './tier-panel.tsx';
import {
  isNotFound,
  useAttributeHistory,
  useEvaluations,
  useEvidenceFiles,
  usePartnerPerformance,
  usePartnerReadiness,
  usePartnerRecord,
  usePeople,
  useRemediation,
} from './use-partner-data.ts';

/** Where readiness would be, when the partner has not been scored (retired partners never are). */
const NotScored = ({ retired }: { retired: boolean }) => (
  <Paper withBorder p="md" component="section" aria-labelledby="next-tier-heading">
    <Title order={2} size="h3" id="next-tier-heading">
      What the next tier needs
    </Title>
    {retired ? (
      <Empty title="Retired partners are not scored">
        A retired partner has no tier and no next-tier needs; its records stay for the history.
      </Empty>
    ) : (
      <Empty title="Not scored yet">
        Tiers, gates and next-tier needs appear once partner readiness has been scored (from the readiness
        page or `trellis score partners`) on a date after the partner joined.
      </Empty>
    )}
  </Paper>
);

export const PartnerPage = () => {
  const id = useParams().id ?? '';
  const { partner: ownPartner } = useSession();
  const record = usePartnerRecord(id);
  const found = record.isSuccess;
  const retired = record.data?.lifecycle === 'retired';
  // Scoring leaves retired partners out: do not ask (the answer would be a 404).
  const readiness = usePartnerReadiness(id, found && !retired);
  const performance = usePartnerPerformance(id, found);
  const remediation = useRemediation(id, found);
  const people = usePeople(id, found);
  const evaluations = useEvaluations(id, found);
  const files = useEvidenceFiles(id, found);
  const history = useAttributeHistory(id, found);

  if (record.isPending) return <Loading label="Loading the partner…" />;
  if (record.isError)
    return isNotFound(record.error) ? (
      <PartnerNotFound id={id} />
    ) : (
      <ErrorState error={record.error} title="The partner could not be loaded" />
    );

  const r = readiness.data;
  const readinessState = () => {
    if (retired) return <NotScored retired />;
    if (readiness.isPending) return <Loading label="Loading readiness…" />;
    if (readiness.isError)
      return isNotFound(readiness.error) ? (
        <NotScored retired={false} />
      ) : (
        <ErrorState error={readiness.error} />
      );
    return null;
  };

  return (
    <Stack gap="md">
      {!ownPartner && (
        <Breadcrumbs>
          <Anchor component={Link} to="/partners" size="sm">
            Partners
          </Anchor>
          <Text size="sm">{record.data.name}</Text>
        </Breadcrumbs>
      )}
      <PartnerHeader
        record={record.data}
        readiness={r}
        performance={performance.isSuccess ? performance.data : undefined}
      />
      {r?.nextTier ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <NextTierPanel readiness={r} remediation={remediation.data?.items} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <TierPanel readiness={r} />
          </Grid.Col>
        </Grid>
      ) : r ? (
        // At the top tier the answer is the gates that hold it: both panels full width.
        <>
          <NextTierPanel readiness={r} remediation={remediation.data?.items} />
          <TierPanel readiness={r} />
        </>
      ) : (
        readinessState()
      )}
      <HealthPanel query={performance} />
      {r && <ComponentsPanel readiness={r} />}
      <RemediationPanel partner={id} query={remediation} />
      <PeoplePanel people={people} evaluations={evaluations} />
      <EvidencePanel partner={id} files={files} people={people.data?.items ?? []} />
      <OverTimePanel query={history} />
    </Stack>
  );
};
