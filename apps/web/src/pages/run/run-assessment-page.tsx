/**
 * "Run an assessment": score partner readiness as of a date (so the program report shows tiers),
 * then assess the program from a brief — the YAML file people keep next to their data
 * (the README's "Brief" section) — each as a job with its progress. On success the
 * assessment workspace opens.
 */
import { Alert, Button, Checkbox, FileInput, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatDate } from '@trellis/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { stringify } from 'yaml';
import { ApiError, api } from '../../api/client.ts';
import { useCan, useOrgPath } from '../../api/org-path.ts';
import { AsOfField, todayInWords } from '../../components/as-of-field.tsx';
import { JobProgress } from '../../components/job-progress.tsx';
import { type Job, useJob } from '../../jobs/use-job.ts';
import { parseBrief } from './parse-brief.ts';

/** The order of a brief file's sections and of a score's fields (the stored brief's keys come back in the database's order). */
const SECTIONS = ['name', 'context', 'objectives', 'initiatives', 'constraints', 'scores'];
const SCORE_FIELDS = ['criterion', 'score', 'reason'];
const ordered = (o: Record<string, unknown>, order: string[]) =>
  Object.fromEntries(
    Object.entries(o).sort(
      ([a], [b]) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1),
    ),
  );
const briefInFileOrder = (brief: Record<string, unknown>) => {
  const out = ordered(brief, SECTIONS);
  if (Array.isArray(out.scores))
    out.scores = out.scores.map((s: Record<string, unknown>) => ordered(s, SCORE_FIELDS));
  return out;
};

/** What an empty date stands for: the brief's own asOf, in words, else today. */
const briefDateInWords = (text: string): string => {
  try {
    const brief = text.trim() ? parseBrief(text) : {};
    if (typeof brief.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(brief.asOf))
      return `the brief's date, ${formatDate(brief.asOf)}`;
  } catch {
    // An unreadable brief is reported when the form is sent; until then, today.
  }
  return `as of ${todayInWords()}`;
};

export const RunAssessmentPage = () => {
  const org = useOrgPath();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [briefText, setBriefText] = useState('');
  // `?asOf=` and `?from=N` (the dashboard's "Assess another date"): the date, and the brief of assessment N.
  const [asOf, setAsOf] = useState(params.get('asOf') ?? '');
  const from = params.get('from');
  const fromBrief = useQuery({
    queryKey: ['run', 'brief', org, from],
    queryFn: () => api<Record<string, unknown>>(`${org}/assessments/${encodeURIComponent(from!)}/brief`),
    enabled: from !== null,
    retry: false,
  });
  useEffect(() => {
    if (!fromBrief.data) return;
    // The date is the form's: a brief's own asOf would only compete with it.
    const { asOf: _, ...brief } = fromBrief.data;
    setBriefText((text) => text || stringify(briefInFileOrder(brief)));
  }, [fromBrief.data]);
  const [scoreFirst, setScoreFirst] = useState(true);
  const scoringJob = useJob(params.get('scoring'));
  const assessmentJob = useJob(params.get('job'));

  const setJob = (key: 'scoring' | 'job', id: string) =>
    setParams(
      (p) => {
        p.set(key, id);
        return p;
      },
      { replace: true },
    );

  const run = useMutation({
    mutationFn: async () => {
      const brief = parseBrief(briefText);
      const date = asOf || (typeof brief.asOf === 'string' ? brief.asOf : undefined);
      if (scoreFirst) {
        const job = await api<Job>(`${org}/readiness/scorings`, {
          method: 'POST',
          body: date ? { asOf: date } : {},
        });
        setJob('scoring', job.id);
        const done = await waitFor(org, job.id);
        if (done.status === 'failed')
          throw new ApiError(400, done.error?.code ?? 'JOB_FAILED', done.error?.message ?? '');
      }
      const job = await api<Job>(`${org}/assessments`, {
        method: 'POST',
        body: { brief, ...(date ? { asOf: date } : {}) },
      });
      setJob('job', job.id);
      return job;
    },
  });

  const result = assessmentJob.data?.result as { assessment?: number } | undefined;
  useEffect(() => {
    if (assessmentJob.data?.status === 'done' && result?.assessment)
      navigate(`/assessments/${result.assessment}`, { replace: false });
  }, [assessmentJob.data?.status, result?.assessment, navigate]);

  if (!can('assessments:create'))
    return (
      <Stack>
        <Title order={1}>Run an assessment</Title>
        <Text c="dimmed">Your role may read assessments but not start them.</Text>
      </Stack>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  const err = run.error instanceof ApiError || run.error instanceof Error ? run.error : undefined;
  return (
    <Stack maw={760}>
      <Title order={1}>Run an assessment</Title>
      <Text c="dimmed">
        Trellis measures the program from the records you imported (<Link to="/imports">Imports</Link>) and
        takes from the brief only what data cannot tell: your objectives, constraints and the assessor's
        scores for criteria no record shows.
      </Text>
      <form onSubmit={submit}>
        <Stack>
          {from && fromBrief.isSuccess && (
            <Text size="sm">
              Starting from the brief of assessment #{from}, with the assessor's scores as they stand: change
              what no longer holds.
            </Text>
          )}
          {from && fromBrief.isError && (
            <Alert color="yellow" title={`The brief of assessment #${from} could not be read`}>
              {fromBrief.error.message} Choose a brief file instead.
            </Alert>
          )}
          <FileInput
            label="Brief (YAML)"
            description="context, objectives, constraints and scores — see examples/seed-saas/brief.yaml"
            accept=".yaml,.yml,text/yaml"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the brief file' }}
            onChange={async (file) => setBriefText(file ? await file.text() : '')}
          />
          <Textarea
            label="Brief text"
            description="or paste or edit the brief here"
            autosize
            minRows={6}
            maxRows={18}
            ff="monospace"
            value={briefText}
            onChange={(e) => setBriefText(e.currentTarget.value)}
            required
          />
          <AsOfField
            label="As of (records dated later are ignored)"
            value={asOf}
            onChange={setAsOf}
            w={320}
            emptyMeans={briefDateInWords(briefText)}
            error={err instanceof ApiError ? err.fieldError('asOf') : undefined}
          />
          {can('readiness:score') && (
            <Checkbox
              label="Score partner readiness first, as of the same date (tiers appear in the report)"
              checked={scoreFirst}
              onChange={(e) => setScoreFirst(e.currentTarget.checked)}
            />
          )}
          {err && (
            <Alert color="red" role="alert" title="The assessment did not start">
              {err.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={run.isPending}>
              Run assessment
            </Button>
          </Group>
        </Stack>
      </form>
      {scoringJob.data && <JobProgress job={scoringJob.data} label="Scoring partner readiness" />}
      {assessmentJob.data && <JobProgress job={assessmentJob.data} label="Assessing the program" />}
    </Stack>
  );
};

/** Polls a job until it ends (the progress bar shows it meanwhile through useJob). */
const waitFor = async (org: string, id: string): Promise<Job> => {
  for (;;) {
    const job = await api<Job>(`${org}/jobs/${encodeURIComponent(id)}`);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 400));
  }
};
