/**
 * The documents' stylesheet, inlined into every HTML file (a document makes no request of any kind):
 * the web app's type and palette, tables that read in print, a cover page, page breaks that keep a
 * chart or a table's header with its rows.
 */
import { BAND_COLORS, BAND_TEXT, INK } from '@trellis/contracts';

const bandRules = Object.keys(BAND_COLORS)
  .map((b) => `.band-${b.toLowerCase()}{background:${BAND_COLORS[b]};color:${BAND_TEXT[b]}}`)
  .join('\n');

export const documentCss = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:${INK.text};font-size:14px;line-height:1.5;background:#fff}
main{max-width:960px;margin:0 auto;padding:32px 40px 64px}
h1{font-size:30px;line-height:1.2;margin:0 0 6px;font-weight:650}
h2{font-size:20px;margin:36px 0 10px;padding-bottom:6px;border-bottom:2px solid ${INK.brand};font-weight:650}
p{margin:8px 0}
.subtitle{font-size:17px;color:${INK.muted};margin:0 0 16px}
.meta{display:flex;flex-wrap:wrap;gap:6px 24px;color:${INK.muted};font-size:13px;margin:0 0 8px;padding:0}
.meta li{list-style:none}.meta b{color:${INK.text};font-weight:600}
.cover{border-bottom:1px solid ${INK.rule};padding-bottom:12px;margin-bottom:8px}
.muted{color:${INK.muted}}
table{border-collapse:collapse;width:100%;margin:10px 0;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid ${INK.rule};vertical-align:top}
th{font-weight:600;background:${INK.tint};border-bottom:1px solid #c5d0df}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
thead{display:table-header-group}
tr{break-inside:avoid}
.table-note{font-size:12px;color:${INK.muted};margin:-4px 0 12px}
figure{margin:14px 0;break-inside:avoid}
figure svg{max-width:100%;height:auto;display:block}
figcaption{font-size:12px;color:${INK.muted};margin-top:4px}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:12px 0;padding:0}
.figures li{list-style:none;border:1px solid ${INK.rule};border-radius:6px;padding:10px 12px;break-inside:avoid}
.figures .label{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:${INK.muted};font-weight:600}
.figures .value{font-size:22px;font-weight:650;color:${INK.brand}}
.figures .note{font-size:12px;color:${INK.muted}}
.headline{display:flex;align-items:baseline;gap:14px;margin:12px 0}
.headline .value{font-size:52px;font-weight:700;color:${INK.brand};line-height:1}
.band{display:inline-block;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:4px;background:#e5e7eb;color:${INK.text}}
${bandRules}
ul,ol{margin:8px 0;padding-left:22px}li{margin:3px 0}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
  main{max-width:none;padding:0}
  header.cover{min-height:225mm;display:flex;flex-direction:column;justify-content:center;break-after:page;border:none}
  header.cover h1{font-size:34px}
  header.cover .subtitle{font-size:20px}
  header.cover .meta{flex-direction:column;font-size:14px;gap:4px;margin-top:18px}
  section.new-page{break-before:page}
  h2{break-after:avoid;margin-top:0}
  body{font-size:11px}
  table{font-size:10.5px}
  th,td{padding:4px 6px}
  figure svg{max-height:82mm;width:auto;margin:0 auto}
  .figures{grid-template-columns:repeat(4,1fr)}
  .headline .value{font-size:44px}
}
`;
