/**
 * The assessor's score of one criterion: a 1–5 score and a reason (the API requires one), saved
 * with PUT and withdrawn with DELETE. Errors appear beside their field in the API's own words; on
 * success the form shows how the overall score moved ("Overall 2.8 → 2.9").
 */
import { Alert, Button, Group, Input, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { criterionScoreRequest, formatScore } from '@trellis/contracts';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { BAND_OF_SCORE } from './criterion-parts.tsx';
import { type Criterion, type OverallChange, useScoreCriterion } from './use-assessment.ts';

const SCORES = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} ${BAND_OF_SCORE[n]}` }));

/** "Overall 2.8 → 2.9 (Developing)", or "unchanged" when the criterion did not move it. */
export const OverallMoved = ({ change }: { change: OverallChange }) => {
  const { before, after } = change;
  const moved = before && formatScore(before.score) !== formatScore(after.score);
  return (
    <Alert
      color="trellis"
      variant="light"
      role="status"
      title={change.action === 'scored' ? 'Score saved' : 'Score withdrawn'}
    >
      {before ? (
        <>
          Overall {formatScore(before.score)} → {formatScore(after.score)} ({after.band})
          {moved ? '' : ': unchanged'}
        </>
      ) : (
        <>
          Overall now {formatScore(after.score)} ({after.band})
        </>
      )}
    </Alert>
  );
};

export const OverrideForm = ({ assessment, criterion: c }: { assessment: string; criterion: Criterion }) => {
  const labelId = useId();
  const [score, setScore] = useState<string>(String(c.manual?.score ?? c.suggested ?? ''));
  const [reason, setReason] = useState(c.manual?.reason ?? '');
  const [change, setChange] = useState<OverallChange | null>(null);
  const mutation = useScoreCriterion(assessment);
  const err = mutation.error instanceof ApiError ? mutation.error : undefined;

  const run = (v: { score: number; reason: string } | null) => {
    setChange(null);
    mutation.mutate(
      { criterion: c.id, score: v },
      {
        onSuccess: ({ report, before }) => {
          setChange({
            criterion: c.id,
            action: v ? 'scored' : 'withdrawn',
            before,
            after: report.summary.overall,
          });
          if (!v) setReason('');
        },
      },
    );
  };
  const [checked, setChecked] = useState<{ score?: string; reason?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The API's own request schema checks the form first, so a missing reason gets the API's
    // words without a round trip; anything else the API refuses comes back beside its field.
    const parsed = criterionScoreRequest.safeParse({ score: score ? Number(score) : undefined, reason });
    if (!parsed.success) {
      const issue = (field: string) => parsed.error.issues.find((i) => i.path[0] === field)?.message;
      setChecked({ score: issue('score'), reason: issue('reason') });
      return;
    }
    setChecked({});
    run(parsed.data);
  };
  const fieldErrors = [
    checked.score ?? err?.fieldError('score'),
    checked.reason ?? err?.fieldError('reason'),
  ];
  const otherError = err && !err.fieldError('score') && !err.fieldError('reason') ? err.message : undefined;

  return (
    <form onSubmit={submit} aria-label="Assessor's score" noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          Override
        </Title>
        <Text size="sm" c="dimmed">
          {c.suggested === null
            ? 'The data suggests no score here: the assessor decides.'
            : `The data suggests ${c.suggested}. A score 2 or more away is flagged as claimed vs observed.`}
        </Text>
        <Input.Wrapper
          label="Assessor's score"
          labelElement="div"
          labelProps={{ id: labelId }}
          error={fieldErrors[0]}
          required
        >
          <SegmentedControl
            aria-labelledby={labelId}
            data={SCORES}
            value={score}
            onChange={setScore}
            fullWidth
            mt={4}
            size="sm"
          />
        </Input.Wrapper>
        <Textarea
          label="Reason"
          description="Why this score: the evidence the data cannot see. Recorded in the audit log."
          required
          autosize
          minRows={3}
          maxRows={8}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldErrors[1]}
        />
        {otherError && (
          <Alert color="red" role="alert">
            {otherError}
          </Alert>
        )}
        {change && <OverallMoved change={change} />}
        <Group justify="space-between">
          <Button type="submit" loading={mutation.isPending && mutation.variables?.score !== null}>
            Save assessor's score
          </Button>
          {c.manual && (
            <Button
              variant="subtle"
              color="gray"
              onClick={() => run(null)}
              loading={mutation.isPending && mutation.variables?.score === null}
            >
              Withdraw assessor's score
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
};
