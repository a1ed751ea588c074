import type { Random } from '../random/seeded.ts';
import type { AgreementData } from './agreement-data.ts';
import { alphaOfUnits } from './krippendorff-alpha.ts';
import { quantileOfSorted } from './percentile.ts';

export interface BootstrapOptions {
  /** How many resamples (N). */
  draws: number;
  /** The interval's coverage, e.g. 0.95. */
  confidence: number;
  /** The seeded source of draws (`mulberry32(seed)`). */
  random: Random;
  /** The smallest acceptable alpha: the share of resamples below it is reported. */
  minimumAlpha: number;
}

export interface AlphaInterval {
  draws: number;
  confidence: number;
  /** Percentile bounds over the resamples whose alpha is defined; null when none is. */
  lower: number | null;
  upper: number | null;
  /** Resamples whose alpha is undefined (all one value): left out of the bounds. */
  undefinedDraws: number;
  minimumAlpha: number;
  /** Share of the defined resamples with alpha below `minimumAlpha`; null when none is defined. */
  shareBelowMinimum: number | null;
}

/**
 * A percentile bootstrap interval for alpha: draw as many pairable units as there are, with
 * replacement, `draws` times; compute alpha of each resample (a unit drawn twice counts twice);
 * the bounds are the (1 − confidence) / 2 and (1 + confidence) / 2 quantiles of those alphas.
 */
export const bootstrapAlpha = (data: AgreementData, options: BootstrapOptions): AlphaInterval => {
  const k = data.units.length;
  const alphas: number[] = [];
  let undefinedDraws = 0;
  for (let draw = 0; draw < options.draws && k > 0; draw++) {
    const selection = Array.from({ length: k }, () => Math.floor(options.random() * k));
    const { alpha } = alphaOfUnits(data, selection);
    if (alpha === null) undefinedDraws += 1;
    else alphas.push(alpha);
  }
  alphas.sort((a, b) => a - b);
  const tail = (1 - options.confidence) / 2;
  return {
    draws: options.draws,
    confidence: options.confidence,
    lower: quantileOfSorted(alphas, tail),
    upper: quantileOfSorted(alphas, 1 - tail),
    undefinedDraws: k > 0 ? undefinedDraws : options.draws,
    minimumAlpha: options.minimumAlpha,
    shareBelowMinimum: alphas.length
      ? alphas.filter((a) => a < options.minimumAlpha).length / alphas.length
      : null,
  };
};
