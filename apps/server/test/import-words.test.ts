/**
 * Imports over the API, as the web app shows them: a Salesforce report gets its preset proposed
 * (with the date format its day-first dates need), a refused import names the fix in the web's
 * words (the preset, the date format, the mapping editor) and a mapping's problems name their
 * place in words — never a CLI option (`--preset`, `--date-format`, `--mapping`) or a schema path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestServer, type TestServer } from './support/test-server.ts';

let s: TestServer;
let owner: Client;
const V1 = '/api/v1/orgs/demo';

beforeAll(async () => {
  s = await startTestServer();
  owner = await s.signIn('owner@demo.trellis.test');
});
afterAll(() => s?.close());

/** What the web would show, checked for CLI words and raw schema paths. */
const CLI_WORDS = /--(preset|mapping|date-format|infer|sheet)\b|trellis import|columns\.\d/;
const webWords = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(CLI_WORDS);

/** A Salesforce "Opportunities with Partners" report of an org in a day-first locale. */
const report = [
  'Opportunities with Partners',
  '',
  'Opportunity ID,Opportunity Name,Partner Account ID,Stage,Amount,Created Date,Close Date,Lead Source',
  'SF-1,Deal 1,P-A,Closed Won,"$1,000.00",15/01/2026,20/02/2026,Partner Referral',
  'SF-2,Deal 2,P-B,Prospecting,$500.00,3/4/2026,31/12/2026,Web',
  'SF-3,Deal 3,P-A,Closed Lost,$250.00,28/02/2026,13/03/2026,Partner Referral',
].join('\n');

const upload = (url: string, body: string) =>
  owner.request('POST', url, body, { 'content-type': 'text/csv', 'x-filename': 'report.csv' });

const importJob = async (query: string, body: string) => {
  const res = await upload(`${V1}/imports/opportunities${query}`, body);
  expect(res.statusCode, res.body).toBe(202);
  return s.waitForJob(owner, 'demo', res.data.id);
};

describe('imports in the web’s words', () => {
  it('infer proposes the Salesforce preset, with the date format the file’s dates need', async () => {
    const res = await upload(`${V1}/imports/infer`, report);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      entity: 'opportunities',
      preset: {
        name: 'salesforce-opportunities',
        title: 'Salesforce opportunities',
        entity: 'opportunities',
        message:
          'This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset, and set the date format to DD/MM/YYYY (most of its dates are day first)',
        dateFormat: 'DD/MM/YYYY',
      },
      dates: { format: 'DD/MM/YYYY', order: 'DMY', basis: 'majority' },
    });
    webWords(res.data);
  });

  it('the report imported as a canonical file is refused naming the preset', async () => {
    const job = await importJob('?dryRun=true', report);
    expect(job.status).toBe('failed');
    expect(job.error.message).toMatch(
      /This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset$/,
    );
    expect(job.error.preset).toEqual({
      name: 'salesforce-opportunities',
      title: 'Salesforce opportunities',
      entity: 'opportunities',
    });
    webWords(job.error);
  });

  it('through the preset alone its dates are refused naming the format, and the fix is the date format', async () => {
    const job = await importJob('?dryRun=true&preset=salesforce-opportunities', report);
    expect(job.status).toBe('failed');
    expect(job.error.issues[0]).toMatchObject({
      line: 4,
      column: 'created_on (Created Date)',
      reason: '"15/01/2026" is not a date in M/D/YYYY, the mapping\'s date format',
    });
    expect(job.error.byColumn).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          column: 'created_on (Created Date)',
          hint: 'set the date format to DD/MM/YYYY',
        }),
      ]),
    );
    webWords(job.error);
    const done = await importJob(
      '?dryRun=true&preset=salesforce-opportunities&dateFormat=DD/MM/YYYY',
      report,
    );
    expect(done).toMatchObject({ status: 'done', result: { rows: 3, inserted: 3, dryRun: true } });
    expect(done.result.notices).toContain(
      'no "Deal Registration" column (registered): registered is stored as unknown for new opportunities; those already stored keep theirs',
    );
    webWords(done.result);
  });

  it('a canonical file’s money, dates and picklist words get fixes the page can make', async () => {
    const canonical = [
      'external_id,partner_external_id,amount,stage,created_on,closed_on,sourced_by_partner',
      'W-1,P-A,"$1,200.00",Closed Won,3/15/2026,4/20/2026,Y',
      'W-2,P-A,$900.00,open,3/16/2026,,N',
    ].join('\n');
    const job = await importJob('?dryRun=true', canonical);
    const hints = Object.fromEntries(
      job.error.byColumn.map((c: { column: string; hint?: string }) => [c.column, c.hint]),
    );
    expect(hints).toEqual({
      amount:
        'choose a preset for this export, or read amount as money in the mapping editor (format: money)',
      created_on: 'set the date format to M/D/YYYY',
      closed_on: 'set the date format to M/D/YYYY',
      sourced_by_partner:
        'choose a preset for this export, or read sourced_by_partner as yes/no in the mapping editor (format: boolean)',
      stage: "map the export's values of stage onto these in the mapping editor (map:)",
    });
    webWords(job.error);
  });

  it('a mapping’s problems name their place in words, sent with the file or saved', async () => {
    const mapping =
      'kind: mapping\nentity: opportunities\ncolumns:\n  external_id: Opportunity ID\n  stage: { from: Stage, map: [Closed Won, won] }\n';
    const b = 'words-boundary';
    const body = [
      `--${b}\r\ncontent-disposition: form-data; name="mapping"\r\n\r\n${mapping}\r\n`,
      `--${b}\r\ncontent-disposition: form-data; name="file"; filename="report.csv"\r\ncontent-type: text/csv\r\n\r\n${report}\r\n--${b}--\r\n`,
    ].join('');
    const res = await owner.request('POST', `${V1}/imports/opportunities`, body, {
      'content-type': `multipart/form-data; boundary=${b}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.detail).toBe('Mapping sent with the file is invalid');
    expect(res.data.issues).toEqual([
      expect.objectContaining({
        line: 5,
        reason: 'the value map of stage (map) must be pairs of name: value',
      }),
    ]);
    const saved = await owner.put(`${V1}/mappings/bad`, {
      yaml: mapping.replace('map: [Closed Won, won]', 'formt: date'),
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.data.issues[0].reason).toBe(
      'the rule for stage has "formt", which it cannot have (it may have from, value, format, map, otherwise, contains, lookup, onlyWhen, optional)',
    );
    // zod's own words stay out of it (the problem's title is the code's: "Invalid input").
    expect(JSON.stringify([res.data.issues, saved.data.issues])).not.toMatch(
      /Invalid input|expected .* received/,
    );
  });
});
