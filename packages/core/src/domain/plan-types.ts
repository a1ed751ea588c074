export type Effort = 'low' | 'medium' | 'high';
export type CostLevel = 'none' | 'low' | 'medium' | 'high';
/** How much of a constrained resource (budget, executive bandwidth) the brief says there is. */
export type LevelName = 'limited' | 'moderate' | 'ample';

export const costOrder: Record<CostLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };
