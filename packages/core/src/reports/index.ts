export { csvCell, toCsv } from './csv.ts';
export { renderProgramSummaryText } from './program-summary-text.ts';
