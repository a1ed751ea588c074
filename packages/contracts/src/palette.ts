/**
 * One visual language for the web app and the documents: maturity bands on one sequential blue
 * scale (never red-to-green), health as the only traffic light (always with its word), ink and
 * rules for text and tables.
 */

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

/** Text, secondary text, rules and the brand hue. */
export const INK = { text: '#1c2b40', muted: '#5b6675', rule: '#dde3ec', brand: '#264a7a', tint: '#eef3fa' };
