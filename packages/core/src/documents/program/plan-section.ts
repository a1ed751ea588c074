/**
 * The 30/60/90-day plan: each bucket's actions with their effort, status and why; the targets the
 * plan moves; deferred actions collapsed by reason ("4 actions — no room within 90 days …").
 */
import { formatDate, planTimelineOption, plural } from '@trellis/contracts';
import type { Block, Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';
import { measureText } from './measure-text.ts';

type Plan = ProgramDocumentInput['report']['plan'];

const STATUS: Record<string, string> = { todo: 'to do', in_progress: 'in progress', done: 'done' };

const bucket = (title: string, items: Plan['days30']): Block[] =>
  items.length === 0
    ? [{ kind: 'paragraph', text: [{ strong: title }, ': nothing planned.'] }]
    : [
        { kind: 'paragraph', text: { strong: `${title} (${plural(items.length, 'action')})` } },
        {
          kind: 'table',
          head: ['Action', 'Owner', 'Effort', 'Status', 'Why'],
          rows: items.map((a) => [
            { strong: a.title },
            a.owner ?? { muted: 'not named' },
            a.effort,
            STATUS[a.status] ?? a.status,
            a.because,
          ]),
        },
      ];

export const planSection = ({ report: r }: ProgramDocumentInput): Section => {
  const p = r.plan;
  const byReason = new Map<string, string[]>();
  for (const d of p.deferred) byReason.set(d.reason, [...(byReason.get(d.reason) ?? []), d.title]);
  return {
    id: 'plan',
    title: '6) 30/60/90-day partnership plan: what do we do in the next 90 days?',
    newPage: true,
    blocks: [
      {
        kind: 'paragraph',
        text: `At most ${plural(p.capacityPerBucket, 'action')} per 30 days, the capacity the brief's team and budget allow; the highest priority first.`,
      },
      ...(p.days30.length + p.days60.length + p.days90.length > 0
        ? [
            {
              kind: 'chart' as const,
              title: 'The plan as a timeline: each action in its 30-day window, with its effort and status',
              option: planTimelineOption(r),
              width: 640,
              height: 60 + 26 * (p.days30.length + p.days60.length + p.days90.length),
            },
          ]
        : []),
      ...bucket('First 30 days', p.days30),
      ...bucket('Days 31–60', p.days60),
      ...bucket('Days 61–90', p.days90),
      ...(p.metrics.length
        ? [
            { kind: 'paragraph' as const, text: { strong: 'The targets the plan moves' } },
            {
              kind: 'table' as const,
              head: ['Measure', 'Today', 'Target', 'By', 'Basis'],
              numeric: [1, 2],
              rows: p.metrics.map((m) => [
                m.label,
                measureText(m.unit, m.baseline),
                measureText(m.unit, m.target),
                m.deadline ? formatDate(m.deadline) : '—',
                m.basis,
              ]),
            },
          ]
        : []),
      ...(p.deferred.length
        ? [
            {
              kind: 'paragraph' as const,
              text: { strong: `Deferred (${plural(p.deferred.length, 'action')})` },
            },
            {
              kind: 'list' as const,
              items: [...byReason].map(([reason, titles]) => [
                { strong: `${plural(titles.length, 'action')} — ${reason}: ` },
                titles.join('; '),
              ]),
            },
          ]
        : []),
    ],
  };
};
