/**
 * The tier-policy simulation: a candidate policy (uploaded as .yaml/.yml, pasted, or started from
 * the published one) applied to the data as of a date — who would move up or down, and why. The
 * API writes nothing. Its objections (invalid YAML with the line, a rule the policy breaks) show
 * beside the policy field in its own words.
 */
import { Alert, Button, FileInput, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, type ApiIssue } from '../../api/client.ts';
import { AsOfField, todayInWords } from '../../components/as-of-field.tsx';
import { SimulationResult } from './simulation-result.tsx';
import { usePublishedPolicy, useSimulation } from './use-readiness.ts';

/** A framework problem names the YAML path too (`tiers[3].minComposite`). */
type PolicyIssue = ApiIssue & { path?: string };

/** "Line 57 · tiers[3].minComposite: tiers ascend …" — where, then the API's reason. */
const issueText = (i: PolicyIssue) => {
  const where = [i.line ? `Line ${i.line}` : '', i.path ?? i.field ?? ''].filter(Boolean).join(' · ');
  return where ? `${where}: ${i.reason}` : i.reason;
};

/** The API's problems with the policy: its message, then each problem on a line. */
const PolicyProblems = ({ error }: { error: ApiError }) => (
  <Stack gap={2} component="span">
    <span>{error.message}</span>
    {(error.issues as PolicyIssue[]).map((i) => (
      <span key={issueText(i)}>{issueText(i)}</span>
    ))}
  </Stack>
);

export const SimulationPanel = ({ defaultAsOf }: { defaultAsOf: string }) => {
  const [policy, setPolicy] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [asOf, setAsOf] = useState(defaultAsOf);
  const [fileError, setFileError] = useState<string | null>(null);
  const simulation = useSimulation();
  // The published policy comes from the API (the one the server scores with), as a starting point.
  const published = usePublishedPolicy();
  const startFromPublished = () => published.mutate('v1', { onSuccess: (p) => setPolicy(p.yaml) });
  const err = simulation.error instanceof ApiError ? simulation.error : undefined;
  // Field errors: the policy's problems (422 FRAMEWORK_INVALID, or 400 on `policy`) and the date's.
  const asOfError = err?.fieldError('asOf');
  const policyError = err && !asOfError ? <PolicyProblems error={err} /> : undefined;

  const choose = async (f: File | null) => {
    setFile(f);
    setFileError(null);
    if (!f) return;
    try {
      setPolicy(await f.text());
    } catch {
      setFileError('This file could not be read.');
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    simulation.mutate({ policy, asOf: asOf || undefined });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="simulation">
      <form onSubmit={submit} noValidate aria-labelledby="simulation">
        <Stack gap="sm">
          <Title order={2} size="h4" id="simulation">
            What if the tier policy changed?
          </Title>
          <Text size="sm" c="dimmed">
            Apply a candidate tier policy to the data as of a date and see every partner that would move up or
            down, and why. Nothing is stored.
          </Text>
          <Group align="flex-end" gap="sm">
            <FileInput
              label="Candidate policy file"
              placeholder="Choose a .yaml or .yml file"
              accept=".yaml,.yml,application/yaml,text/yaml"
              clearable
              value={file}
              onChange={(f) => void choose(f)}
              error={fileError}
              w={280}
            />
            <Button variant="default" onClick={startFromPublished} loading={published.isPending}>
              Start from the published policy (v1)
            </Button>
          </Group>
          {published.error && (
            <Alert color="red" title="The published policy could not be read">
              {published.error.message}
            </Alert>
          )}
          <Textarea
            label="Candidate policy (YAML)"
            description="Upload a file above, paste a policy, or edit the published one."
            required
            autosize
            minRows={6}
            maxRows={18}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            value={policy}
            onChange={(e) => setPolicy(e.currentTarget.value)}
            error={policyError}
          />
          <Group align="flex-end" gap="sm">
            <AsOfField
              label="As of"
              value={asOf}
              onChange={setAsOf}
              emptyMeans={`as of ${todayInWords()}`}
              error={asOfError}
            />
            <Button type="submit" loading={simulation.isPending}>
              Run simulation
            </Button>
          </Group>
          {err === undefined && simulation.isError && (
            <Alert color="red" role="alert">
              The server could not be reached. Try again in a moment.
            </Alert>
          )}
          {simulation.data && <SimulationResult result={simulation.data} />}
        </Stack>
      </form>
    </Paper>
  );
};
