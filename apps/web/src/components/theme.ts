/**
 * One visual language: maturity bands on one sequential blue scale (never red-to-green), health as
 * the only traffic light (always with its word), tiers as neutral badges. The same colours are
 * used by the documents' charts.
 */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const trellis: MantineColorsTuple = [
  '#eef3fa',
  '#dbe5f2',
  '#b4c8e4',
  '#8aa9d5',
  '#6790c9',
  '#4f80c2',
  '#4177c0',
  '#3265a9',
  '#2a5a98',
  '#1c4d87',
];

export const theme = createTheme({
  primaryColor: 'trellis',
  colors: { trellis },
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
});

// The bands' and health's colours are the documents' too: one palette, in @trellis/contracts.
export { BAND_COLORS, BAND_TEXT, HEALTH_COLORS } from '@trellis/contracts';
