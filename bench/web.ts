/**
 * `BENCH_SUITE=web npm run bench`: the web app in Debian's Chromium against the compiled server on
 * PostgreSQL with the 10,000-partner org (bench/bench-org.ts). Measured in the browser with the
 * Performance API, each page loaded cold (new context, empty cache) `RUNS` times, median reported:
 * - baseline: the sign-in page until its form is interactive (the same app shell and assets, no data);
 * - the program dashboard until its headline score and first page of the performance table show;
 * - one page of the performance table: the API request (Resource Timing) and the time from the click
 *   on "next page" until the new rows show.
 * Also the initial JavaScript the browser must load before the app runs (gzip), from the built files.
 * Goals (issue 9): dashboard interactive < 1.5 s, a table page < 300 ms, initial JS < 500 KB gzip.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { log, ORG, scale, sizes, startBenchOrg } from './bench-org.ts';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? '5');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = join(import.meta.dirname, '..', 'apps/web/dist');
const EMAIL = 'bench-owner@bench.trellis.test';
const PASSWORD = 'bench-web-password';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** The scripts and stylesheets index.html loads before the app can run, gzipped. */
const initialAssets = () => {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  const size = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce((n, f) => n + gzipSync(readFileSync(join(WEB_DIST, f)), { level: 9 }).length, 0);
  return { js: size('.js'), css: size('.css') };
};

const signedInPage = async (browser: Browser, base: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const res = await context.request.post(`${base}/api/v1/auth/sign-in`, {
    data: { email: EMAIL, password: PASSWORD },
  });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  // The org the app opens: the bench org.
  await page.addInitScript((org) => localStorage.setItem('trellis.org', org), ORG);
  return page;
};

/** tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls `__name`. */
const NAME_SHIM = 'globalThis.__name = (f) => f;';
/** A row of the dashboard's performance table (not of the scorecard above it). */
const PERFORMANCE_ROW = 'table[aria-label="Partner performance"] tbody tr';

/**
 * ms from navigation start until every selector matches an element, checked in the page on every
 * animation frame (Playwright's own waits poll at up to 500 ms intervals: they would add their lag).
 */
const timeToReady = async (page: Page, url: string, selectors: string[]) => {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    (all) =>
      new Promise<number>((resolve, reject) => {
        const give = setTimeout(() => reject(new Error(`not shown in 30 s: ${all.join(', ')}`)), 30_000);
        const check = () => {
          if (all.every((s) => document.querySelector(s))) {
            clearTimeout(give);
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        check();
      }),
    selectors,
  );
};

/** BENCH_WEB_WATERFALL=1: what the dashboard's last cold load fetched and when (ms since navigation), for finding the slow link. */
const waterfall = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => {
        const r = e as PerformanceResourceTiming;
        const name = new URL(r.name).pathname + new URL(r.name).search;
        return `${String(Math.round(r.startTime)).padStart(6)} → ${String(Math.round(r.responseEnd)).padStart(6)} ms  ${(r.encodedBodySize / 1024).toFixed(0).padStart(5)} KB  ${name.slice(0, 110)}`;
      })
      .join('\n'),
  );

export const runWebSuite = async (): Promise<string> => {
  const bench = await startBenchOrg({ web: true });
  let browser: Browser | undefined;
  try {
    const created = await fetch(`${bench.url}/api/v1/orgs/${ORG}/members`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bench.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, name: 'Bench owner', role: 'owner', password: PASSWORD }),
    });
    if (!created.ok) throw new Error(`member: ${created.status} ${await created.text()}`);
    browser = await chromium.launch({ executablePath: CHROMIUM });
    const signIn: number[] = [];
    const dashboard: number[] = [];
    const tableApi: number[] = [];
    const tablePage: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const anon = await browser.newContext();
      await anon.addInitScript(NAME_SHIM);
      const p0 = await anon.newPage();
      signIn.push(await timeToReady(p0, `${bench.url}/sign-in`, ['form button[type="submit"]']));
      await anon.close();

      const page = await signedInPage(browser, bench.url);
      dashboard.push(await timeToReady(page, `${bench.url}/dashboard`, ['h1', PERFORMANCE_ROW]));
      if (process.env.BENCH_WEB_WATERFALL && run === RUNS - 1) log(await waterfall(page));
      // One more page of the performance table, measured in the page from the click until the
      // first row changes; its API request as the browser's Resource Timing entry saw it.
      const next = await page.evaluate(
        (row) =>
          new Promise<{ shown: number; api: number | null }>((resolve, reject) => {
            const firstRow = () => document.querySelector(row)?.textContent;
            const before = firstRow();
            const button = document.querySelector<HTMLButtonElement>('button[aria-label="Next page"]');
            if (!button) return reject(new Error('no "Next page" button'));
            let api: number | null = null;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) if (e.name.includes('/performance?')) api = e.duration;
            }).observe({ type: 'resource' });
            const t0 = performance.now();
            button.click();
            const check = () => {
              if (firstRow() !== before) {
                const shown = performance.now() - t0;
                // The entry is queued after the response is read: give it a moment to arrive.
                setTimeout(() => resolve({ shown, api }), 200);
              } else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        PERFORMANCE_ROW,
      );
      tablePage.push(next.shown);
      if (next.api !== null) tableApi.push(next.api);
      await page.context().close();
    }
    const assets = initialAssets();
    const base = median(signIn);
    const row = (name: string, xs: number[], goal: string) =>
      `| ${name} | ${xs.length ? Math.round(median(xs)) : '—'} | ${xs.length ? Math.round(Math.max(...xs)) : '—'} | ${xs.length ? (median(xs) / base).toFixed(1) : '—'}× | ${goal} |`;
    const lines = [
      `# Trellis web app in Chromium (PostgreSQL, ${sizes.partners.toLocaleString('en-US')} partners, ${RUNS} cold loads each, loopback)`,
      '',
      '| measure | median ms | max ms | ÷ baseline | goal |',
      '| --- | --- | --- | --- | --- |',
      row('baseline: sign-in page interactive', signIn, '—'),
      row('program dashboard interactive (score + table rows)', dashboard, '< 1,500 ms'),
      row('performance table: next page shown (from the click)', tablePage, '< 300 ms'),
      row('performance table: the page’s API request', tableApi, '—'),
      '',
      `Initial JavaScript (gzip): ${(assets.js / 1024).toFixed(0)} KB (goal < 500 KB); CSS ${(assets.css / 1024).toFixed(0)} KB.`,
    ];
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(import.meta.dirname, 'data', `last-run-web-scale-${scale}.md`), text);
    log(text);
    return text;
  } finally {
    await browser?.close();
    await bench.dispose();
  }
};
