/**
 * Unicode's explicit direction controls (embeddings, overrides, isolates: U+202A–U+202E,
 * U+2066–U+2069) let a name display as other text than it holds ("Trojan Source": `‮fdp.exe`
 * shows as `exe.pdf`). Documents drop them from user text; right-to-left scripts need none of them
 * to display correctly.
 */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export const withoutBidiControls = (s: string): string => s.replace(CONTROLS, '');
