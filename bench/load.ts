/**
 * `BENCH_SUITE=load npm run bench` (also the last part of a plain `npm run bench`): the REST API
 * under load, on PostgreSQL, for a 10,000-partner org (the program suite's synthetic data, scored
 * and assessed). The compiled server runs in its own process; autocannon sends traffic over
 * loopback only, 50 connections, a bounded number of seconds per endpoint. The baseline, in the
 * same run, is the server's cheapest route (/api/health: no auth, no database), so the ratios say
 * what authentication, tenancy (row-level security) and the query cost on top of HTTP itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { log, ORG, scale, sizes, startBenchOrg } from './bench-org.ts';

const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? '10');
const connections = 50;

interface Row {
  statuses: string;
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const load = async (base: string, name: string, paths: string[], token?: string): Promise<Row> => {
  let i = 0;
  const failures = new Map<string, number>();
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections,
      duration,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }),
          // A sample of what failed, to say why in the report.
          onResponse: (status, body) => {
            if (status >= 300 && failures.size < 3) {
              const why = `${status} ${String(body)
                .replace(/"requestId":"[^"]*"/, '')
                .slice(0, 160)}`;
              failures.set(why, (failures.get(why) ?? 0) + 1);
            }
          },
        },
      ],
    });
  await run(2); // warm-up: JIT, pools, caches
  const r = await run(seconds);
  for (const [why] of failures) log(`  ${name}: ${why}`);
  return {
    name,
    path: paths[0]!,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    statuses: Object.entries(r.statusCodeStats ?? {})
      .map(([code, v]) => `${code}: ${(v as { count: number }).count}`)
      .join(', '),
  };
};

export const runLoadSuite = async (): Promise<string> => {
  const bench = await startBenchOrg();
  try {
    const { token, partnerIds } = bench;
    const started = bench;
    const v1 = `/api/v1/orgs/${ORG}`;
    const rows = [
      await load(started.url, 'baseline: health (no auth, no database)', ['/api/health']),
      await load(
        started.url,
        'program dashboard (report without partner rows)',
        [`${v1}/assessments/latest/dashboard`],
        token,
      ),
      await load(
        started.url,
        'partner list (page of 50, sorted by name)',
        [`${v1}/partners?limit=50&sort=name`],
        token,
      ),
      await load(
        started.url,
        "a partner's readiness (200 partners in turn)",
        partnerIds.map((p) => `${v1}/partners/${p}/readiness`),
        token,
      ),
    ];
    const base = rows[0]!;
    const lines = [
      `# Trellis API load test (PostgreSQL, ${sizes.partners.toLocaleString('en-US')} partners, ${connections} connections, ${seconds} s per endpoint, loopback)`,
      '',
      '| endpoint | requests/s | p50 ms | p99 ms | errors | non-2xx | responses | p99 ÷ baseline p99 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${Math.round(r.rps).toLocaleString('en-US')} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.statuses} | ${(r.p99 / Math.max(base.p99, 1)).toFixed(1)}× |`,
      ),
    ];
    const text = `${lines.join('\n')}\n`;
    writeFileSync(join(import.meta.dirname, 'data', `last-run-load-scale-${scale}.md`), text);
    return text;
  } finally {
    await bench.dispose();
  }
};
