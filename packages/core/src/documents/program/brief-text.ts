/** A brief's objective as people read it: "partner revenue $15M by 2027-09-30 (grow partner revenue …)". */
import { formatPercent, formatScore, plural, usdShort } from '@trellis/contracts';
import type { ProgramDocumentInput } from './input.ts';

type Objective = ProgramDocumentInput['report']['brief']['objectives'][number];

export const objectiveText = (o: Objective): string => {
  const target =
    o.metric === 'partner_revenue'
      ? usdShort(o.target)
      : o.metric === 'revenue_share' || o.metric === 'active_share'
        ? formatPercent(o.target)
        : o.metric === 'satisfaction'
          ? `${formatScore(o.target)}/10`
          : o.metric === 'time_to_first_deal'
            ? plural(o.target, 'day')
            : String(o.target);
  return `${o.metric.replace(/_/g, ' ')} ${target}${o.deadline ? ` by ${o.deadline}` : ''}${o.note ? ` (${o.note})` : ''}`;
};
