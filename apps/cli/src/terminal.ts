/**
 * Everything the CLI prints goes through here: control characters (terminal escape sequences in a
 * partner's name, say) are removed, so no imported text can move the cursor, recolour or rewrite
 * the terminal. Newlines and tabs stay. The JSON output of `--json` keeps them escaped as JSON does.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export const terminalSafe = (text: string): string => text.replace(CONTROL, '');

/** Results, to stdout. */
export const print = (text: string): void => {
  process.stdout.write(terminalSafe(text));
};

/** Logs, progress and errors, to stderr. */
export const printErr = (text: string): void => {
  process.stderr.write(terminalSafe(text));
};
