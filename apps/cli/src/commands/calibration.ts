import {
  ALPHA_UNDEFINED_REASONS,
  type CalibrationFlag,
  type CalibrationResult,
  calibrationResult,
  MEASUREMENT_LEVELS,
  type MeasurementLevel,
  type RaterDrift,
  readRatingsFile,
} from '@trellis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { action } from '../action.ts';
import { print } from '../terminal.ts';

const wholeNumber = (what: string, min: number, max: number) => (v: string) => {
  if (!/^\d{1,10}$/.test(v) || Number(v) < min || Number(v) > max)
    throw new InvalidArgumentError(`'${v}' is not ${what} (a whole number from ${min} to ${max})`);
  return Number(v);
};
const confidenceArg = (v: string) => {
  if (!/^0?\.\d+$/.test(v) || Number(v) <= 0)
    throw new InvalidArgumentError(`'${v}' is not a share between 0 and 1`);
  return Number(v);
};

const fixed = (x: number, digits = 3) => x.toFixed(digits);
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(2)}`;
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const driftLine = (d: RaterDrift, width: number) =>
  `  ${d.rater.padEnd(width)}  ${
    d.drift === null
      ? d.units === 0
        ? 'no unit rated by others too'
        : `${count(d.units, 'unit')} shared (nominal codes have no drift)`
      : `${signed(d.drift)} over ${count(d.units, 'unit')}`
  }`;

const flagLine = (f: CalibrationFlag) =>
  f.kind === 'rubric-needs-work'
    ? `  rubric needs work: alpha ${fixed(f.alpha)} is below ${f.minimumAlpha}`
    : `  recalibrate rater ${f.rater}: drift ${signed(f.drift)} is beyond ±${f.maximumDrift}`;

/** The result in words: alpha, its interval, what it rests on, each rater's drift, the flags. */
export const calibrationText = (r: CalibrationResult): string => {
  const i = r.interval;
  const width = Math.max(0, ...r.raters.map((d) => d.rater.length));
  return [
    `Krippendorff's alpha (${r.level}): ${
      r.alpha === null ? `undefined — ${ALPHA_UNDEFINED_REASONS[r.undefinedReason!]}` : fixed(r.alpha)
    }`,
    ...(i && i.lower !== null && i.upper !== null
      ? [
          `  ${Math.round(i.confidence * 1000) / 10}% bootstrap interval ${fixed(i.lower)} to ${fixed(i.upper)} (${i.draws} resamples of units, seed ${i.seed}; ${Math.round(i.shareBelowMinimum! * 1000) / 10}% below ${i.minimumAlpha})`,
        ]
      : []),
    `  ${count(r.units, 'unit')}, ${count(r.pairableValues, 'pairable value')}${
      r.droppedUnits ? ` (${count(r.droppedUnits, 'unit')} with a single rating left out)` : ''
    }`,
    ...(r.observedDisagreement !== null && r.expectedDisagreement !== null
      ? [
          `  disagreement observed ${fixed(r.observedDisagreement)}, expected ${fixed(r.expectedDisagreement)}`,
        ]
      : []),
    "Rater drift (own value − the others' mean on the same unit, averaged):",
    ...r.raters.map((d) => driftLine(d, width)),
    r.flags.length ? 'Flags:' : 'Flags: none',
    ...r.flags.map(flagLine),
  ].join('\n');
};

export const registerCalibration = (program: Command): void => {
  const calibration = program.command('calibration').description('agreement between assessors');
  calibration
    .command('alpha')
    .description(
      "Krippendorff's alpha of long-format ratings (unit,rater,value; a missing rating is an absent row), each rater's drift and the flags",
    )
    .argument('<file>', 'ratings CSV with the columns unit, rater, value')
    .addOption(
      new Option('--level <level>', 'level of measurement of the values')
        .choices(MEASUREMENT_LEVELS)
        .makeOptionMandatory(),
    )
    .option(
      '--draws <n>',
      'bootstrap resamples for the interval (0: none)',
      wholeNumber('a count', 0, 100_000),
      1000,
    )
    .option('--seed <n>', 'seed of the bootstrap draws', wholeNumber('a seed', 0, 4_294_967_295), 1)
    .option('--confidence <share>', 'coverage of the interval', confidenceArg, 0.95)
    .option('--json', 'print the result as JSON (its alpha field is the coefficient)')
    .action(
      action(
        async (
          file: string,
          opts: { level: MeasurementLevel; draws: number; seed: number; confidence: number; json?: boolean },
        ) => {
          const ratings = await readRatingsFile(file, opts.level);
          const result = calibrationResult(ratings, {
            level: opts.level,
            bootstrap:
              opts.draws > 0
                ? { draws: opts.draws, seed: opts.seed, confidence: opts.confidence }
                : undefined,
          });
          print(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${calibrationText(result)}\n`);
        },
      ),
    );
};
