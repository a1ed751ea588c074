/** Words for the readiness API's ids: gates, tier changes, levels, statuses, file sizes. */
import { plural } from '@trellis/contracts';
import type { Gate, RemediationStatus } from './partner-types.ts';

export const GATE_NAMES: Record<Gate['gate'], string> = {
  composite: 'Composite',
  references: 'Customer references',
  'roles-covered': 'Every required role covered',
  'components-above-zero': 'Skills, capacity and outcomes above zero',
};

/** Competency levels of the partner-competency framework (v1). */
export const LEVEL_NAMES: Record<number, string> = {
  1: 'Foundational',
  2: 'Practitioner',
  3: 'Proficient',
  4: 'Expert',
};
export const levelText = (level: number) => `${level} ${LEVEL_NAMES[level] ?? ''}`.trim();

export const STATUS_LABELS: Record<RemediationStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** What the change since the previous scoring means for the tier in effect. */
export const changeText = (change: string, graceLeft: number, earned: string, inEffect: string): string => {
  switch (change) {
    case 'promoted':
      return `Promoted to ${inEffect} at the latest scoring.`;
    case 'new':
      return `${inEffect}, at its first scoring.`;
    case 'held':
      return `Held ${inEffect}.`;
    case 'grace':
      return `Earned only ${earned}: keeps ${inEffect} in its grace period (${plural(graceLeft, 'more scoring')} of grace left).`;
    case 'demoted':
      return `Demoted to ${inEffect} after its grace period ran out.`;
    default:
      return 'No tier earned yet.';
  }
};

export { formatBytes } from '@trellis/contracts';
