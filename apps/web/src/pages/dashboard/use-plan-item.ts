/**
 * Changing one plan item — its status, its owner or both — as PATCH …/assessments/:number/plan/:action.
 * The change shows at once in the cached dashboard (optimistic), goes back if the API refuses, and
 * the dashboard is read again either way.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProgramReport } from '@trellis/contracts';
import { api } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { dashboardKey, type PlanItem, type PlanStatus } from './dashboard-data.ts';

export type PlanItemChange = {
  status?: PlanStatus;
  owner?: string | null;
};

const BUCKETS = ['days30', 'days60', 'days90'] as const;

/** The report with one plan item changed (every bucket holding that action). */
const withChange = (report: ProgramReport, action: string, change: PlanItemChange): ProgramReport => ({
  ...report,
  plan: {
    ...report.plan,
    ...Object.fromEntries(
      BUCKETS.map((b) => [b, report.plan[b].map((i) => (i.action === action ? { ...i, ...change } : i))]),
    ),
  },
});

export const usePlanItemChange = (number: number, item: PlanItem) => {
  const org = useOrgPath();
  const qc = useQueryClient();
  const key = dashboardKey(org, number);
  return useMutation({
    mutationFn: (change: PlanItemChange) =>
      api(`${org}/assessments/${number}/plan/${encodeURIComponent(item.action)}`, {
        method: 'PATCH',
        body: change,
      }),
    onMutate: async (change) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<ProgramReport>(key);
      if (before) qc.setQueryData(key, withChange(before, item.action, change));
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) qc.setQueryData(key, context.before);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
};
