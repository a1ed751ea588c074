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

/** Maturity bands 1–5, light to dark of one hue. */
export const BAND_COLORS: Record<string, string> = {
  Initial: '#dbe5f2',
  Developing: '#a9c0e0',
  Defined: '#6f93c8',
  Managed: '#3f6aa8',
  Optimized: '#1c3f73',
};

/** Text colour readable on each band colour. */
export const BAND_TEXT: Record<string, string> = {
  Initial: '#1c2b40',
  Developing: '#1c2b40',
  Defined: '#1c2b40',
  Managed: '#ffffff',
  Optimized: '#ffffff',
};

/** Health: the one traffic light (with the word beside it). */
export const HEALTH_COLORS: Record<string, string> = {
  engaged: '#2f7d4a',
  passive: '#6b7280',
  'at-risk': '#b45309',
  dormant: '#b91c1c',
};
