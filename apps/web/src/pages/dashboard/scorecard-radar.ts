/**
 * The radar of the dimension scores, from the shared builder, over the assessed dimensions only:
 * the builder would plot an unassessed dimension at 0 (reported to the lead), and a radar cannot
 * leave a gap, so such a dimension is left off the radar and named beside it instead.
 * Long dimension names are broken into lines so the radar fits a half-width panel.
 */
import { type ChartOption, dimensionRadarOption, type ProgramReport } from '@trellis/contracts';

interface Indicator {
  name: string;
  min: number;
  max: number;
}

/** Breaks a long axis name into lines of about 16 characters at spaces. */
const wrap = (name: string, width = 16) =>
  name
    .split(' ')
    .reduce<string[]>((lines, word) => {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + word.length < width)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      return lines;
    }, [])
    .join('\n');

export const scorecardRadarOption = (report: Pick<ProgramReport, 'scorecard'>): ChartOption => {
  const base = dimensionRadarOption({ scorecard: report.scorecard.filter((d) => d.score !== null) });
  const radar = base.radar as { indicator: Indicator[] };
  return {
    ...base,
    radar: {
      ...radar,
      radius: '55%',
      axisName: { color: '#1c2b40', lineHeight: 14 },
      indicator: radar.indicator.map((i) => ({ ...i, name: wrap(i.name) })),
    },
  };
};
