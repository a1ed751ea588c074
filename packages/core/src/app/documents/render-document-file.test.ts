/**
 * The one document table: every kind in every format it is made in has the name and content type
 * the doors have always sent and written; a format a kind is not made in is refused, by name,
 * before anything is read or rendered.
 */

import { describe, expect, it } from 'vitest';
import type { SqlClient } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { systemCaller } from '../accounts/caller.ts';
import { type DocumentFormat, documentFormats, downloadFormats } from './document-formats.ts';
import type { NamedDocument } from './document-names.ts';
import { describeDocumentFile, documentFile, renderDocumentFileUseCase } from './render-document-file.ts';

const MD = 'text/markdown; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const JSON_TYPE = 'application/json; charset=utf-8';

const program: NamedDocument = { kind: 'program', number: 3 };
const readiness: NamedDocument = { kind: 'readiness', asOf: '2026-06-30' };
const internal: NamedDocument = { kind: 'partner', externalId: 'P/1 ä', edition: 'internal' };
const forPartner: NamedDocument = { kind: 'partner', externalId: 'P-7', edition: 'partner' };

// [document, format, download name, name in an --out directory, content type]
const table: [NamedDocument, DocumentFormat, string, string, string][] = [
  [program, 'md', 'program-report-3.md', 'program-report.md', MD],
  [program, 'html', 'program-report-3.html', 'program-report.html', HTML],
  [program, 'prompt', 'program-prompt-3.md', 'program-prompt.md', MD],
  [program, 'pdf', 'program-report-3.pdf', 'program-report.pdf', PDF],
  [program, 'xlsx', 'program-report-3.xlsx', 'program-report.xlsx', XLSX],
  [program, 'json', 'program-report-3.json', 'program-report.json', JSON_TYPE],
  [readiness, 'html', 'readiness-2026-06-30.html', 'readiness-report.html', HTML],
  [readiness, 'pdf', 'readiness-2026-06-30.pdf', 'readiness-report.pdf', PDF],
  [readiness, 'md', 'readiness-2026-06-30.md', 'readiness-report.md', MD],
  [internal, 'html', 'partner-P_1_-internal.html', 'partner-P_1_-internal.html', HTML],
  [internal, 'pdf', 'partner-P_1_-internal.pdf', 'partner-P_1_-internal.pdf', PDF],
  [internal, 'md', 'partner-P_1_-internal.md', 'partner-P_1_-internal.md', MD],
  [forPartner, 'html', 'partner-P-7.html', 'partner-P-7.html', HTML],
  [forPartner, 'pdf', 'partner-P-7.pdf', 'partner-P-7.pdf', PDF],
  [forPartner, 'md', 'partner-P-7.md', 'partner-P-7.md', MD],
];

describe('the document table', () => {
  it.each(table)('%o as %s: its names and content type', (doc, format, download, directory, type) => {
    expect(describeDocumentFile(doc, format, 'download')).toEqual({ name: download, contentType: type });
    expect(describeDocumentFile(doc, format, 'directory')).toEqual({ name: directory, contentType: type });
  });

  it('covers every kind in every format it is made in, and nothing else', () => {
    const covered = new Set(table.map(([doc, format]) => `${doc.kind}:${format}`));
    const declared = Object.entries(documentFormats).flatMap(([kind, formats]) =>
      formats.map((f) => `${kind}:${f}`),
    );
    expect([...covered].sort()).toEqual(declared.sort());
  });

  it('offers every format but the report JSON as a download (the API serves that JSON itself)', () => {
    expect(downloadFormats('program')).toEqual(['md', 'html', 'prompt', 'pdf', 'xlsx']);
    expect(downloadFormats('readiness')).toEqual(['html', 'pdf', 'md']);
    expect(downloadFormats('partner')).toEqual(['html', 'pdf', 'md']);
  });

  const refused = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('not refused');
  };

  it.each([
    [readiness, 'xlsx', 'A readiness document is made in html, pdf, md, not xlsx'],
    [internal, 'prompt', 'A partner document is made in html, pdf, md, not prompt'],
    [forPartner, 'json', 'A partner document is made in html, pdf, md, not json'],
    [program, 'docx', 'A program document is made in md, html, prompt, pdf, xlsx, json, not docx'],
  ] as [NamedDocument, DocumentFormat, string][])('refuses %o as %s', (doc, format, message) => {
    const e = refused(() => describeDocumentFile(doc, format, 'download'));
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'INVALID_INPUT', message, issues: [{ field: 'format', value: format }] });
  });

  it('refuses a format before rendering, and before reading the database', async () => {
    // Neither the input nor the database may be touched: both throw if they are.
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('touched');
        },
      },
    );
    await expect(
      documentFile(
        { kind: 'readiness', input: untouchable as never },
        { format: 'prompt', destination: 'directory' },
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      renderDocumentFileUseCase(untouchable as SqlClient, systemCaller('acme'), {
        kind: 'partner',
        partner: 'P-1',
        edition: 'internal',
        today: '2026-07-01',
        format: 'xlsx',
        destination: 'download',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
