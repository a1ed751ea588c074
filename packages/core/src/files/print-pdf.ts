/**
 * A document's HTML printed to PDF by Chromium (playwright-core, the browser at CHROMIUM_PATH, by
 * default Debian's /usr/bin/chromium; nothing is ever downloaded). The page runs with JavaScript
 * off and every request refused — the HTML is self-contained — and the running header and footer
 * carry the org, the as-of date and the page numbers.
 */
import { existsSync } from 'node:fs';
import { loadPrintSettings } from '../config.ts';
import { escapeHtml } from '../documents/html-render.ts';
import { AppError } from '../errors.ts';
import { Slots } from '../slots.ts';

export type Paper = 'A4' | 'Letter';
export const papers: readonly Paper[] = ['A4', 'Letter'];

export interface PrintOptions {
  paper: Paper;
  /** Left of the running header (the org) and right of it (the document's title). */
  header: { left: string; right: string };
  /** Left of the footer (the as-of date); the page numbers are on the right. */
  footer: string;
}

export const chromiumPath = (): string => loadPrintSettings().CHROMIUM_PATH;

const band = (left: string, right: string) =>
  `<div style="font-size:8px;color:#5b6675;width:100%;padding:0 14mm;display:flex;justify-content:space-between;font-family:system-ui,sans-serif"><span>${left}</span><span>${right}</span></div>`;

/** Concurrent prints per process: TRELLIS_PDF_CONCURRENCY, default 2 (the machine's cores, roughly). */
let slots: Slots | undefined;

export const printPdf = (html: string, opts: PrintOptions): Promise<Buffer> => {
  slots ??= new Slots(loadPrintSettings().TRELLIS_PDF_CONCURRENCY);
  return slots.run(() => print(html, opts));
};

const print = async (html: string, opts: PrintOptions): Promise<Buffer> => {
  const path = chromiumPath();
  if (!existsSync(path))
    throw new AppError(
      'UNAVAILABLE',
      `PDF needs Chromium at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary; HTML and Markdown need no browser`,
    );
  // Loaded when a PDF is printed: every other command starts without it (~0.7 s).
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: path });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // Self-contained: anything the page would fetch is refused, not fetched.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: opts.paper,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: band(escapeHtml(opts.header.left), escapeHtml(opts.header.right)),
      footerTemplate: band(
        escapeHtml(opts.footer),
        'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
      ),
      margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
};
