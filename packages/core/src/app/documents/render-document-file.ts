/**
 * One road for every document: (kind, format, paper, which one) → { name, contentType, body }. The
 * API's document routes and `trellis report` both come here. Loading and rendering are two steps
 * because the CLI writes several formats of one loaded document (and prints its PDF after the
 * database is closed); `renderDocumentFile` is the two at once, for one download.
 */
import type { DocumentEdition } from '@trellis/contracts';
import type { SqlClient } from '../../db/sql-client.ts';
import type { PartnerDocumentInput } from '../../documents/partner/partner-document.ts';
import type { Paper } from '../../files/print-pdf.ts';
import type { Caller } from '../accounts/caller.ts';
import type { AssessmentRef } from '../assessments/assessment-ref.ts';
import { allowedFormat, type DocumentFormat, type DocumentKind, fileTypes } from './document-formats.ts';
import { type DocumentDestination, documentName, type NamedDocument } from './document-names.ts';
import { loadPartnerDocumentInput, printPartnerDocument, renderPartnerDocument } from './partner-document.ts';
import {
  loadProgramDocumentInput,
  type ProgramDocumentInput,
  printProgramDocument,
  programWorkbookFile,
  renderProgramDocument,
} from './program-document.ts';
import {
  loadReadinessDocumentInput,
  printReadinessDocument,
  type ReadinessDocumentInput,
  renderReadinessDocument,
} from './readiness-document.ts';

/** Which document: the kind and what picks one of its kind. */
export type DocumentSubject =
  | { kind: 'program'; assessment: AssessmentRef }
  | {
      kind: 'partner';
      /** The partner's external id. */
      partner: string;
      edition: DocumentEdition;
      /** The caller's date: remediation items before it are overdue. */
      today: string;
      /** A partner user's own partner: any other is "not found". */
      onlyPartnerId?: number;
    }
  | { kind: 'readiness'; asOf?: string };

export type LoadedDocument =
  | { kind: 'program'; input: ProgramDocumentInput }
  | { kind: 'partner'; externalId: string; input: PartnerDocumentInput }
  | { kind: 'readiness'; input: ReadinessDocumentInput };

export type LoadedDocumentOf<K extends DocumentKind> = Extract<LoadedDocument, { kind: K }>;

export interface DocumentFileOptions {
  format: DocumentFormat;
  /** PDF only: A4 when not given, as at both doors. */
  paper?: Paper;
  destination: DocumentDestination;
}

export interface DocumentFile {
  name: string;
  contentType: string;
  body: string | Buffer;
}

/** Reads what the subject's document needs; NOT_FOUND when there is no such assessment, scoring or partner. */
export const loadDocumentUseCase = async <S extends DocumentSubject>(
  db: SqlClient,
  caller: Caller,
  subject: S,
): Promise<LoadedDocumentOf<S['kind']>> => {
  const s: DocumentSubject = subject;
  switch (s.kind) {
    case 'program':
      return {
        kind: s.kind,
        input: await loadProgramDocumentInput(db, caller.orgId, s.assessment),
      } as LoadedDocumentOf<S['kind']>;
    case 'partner':
      return {
        kind: s.kind,
        externalId: s.partner,
        input: await loadPartnerDocumentInput(db, caller.orgId, s.partner, {
          today: s.today,
          edition: s.edition,
          onlyPartnerId: s.onlyPartnerId,
        }),
      } as LoadedDocumentOf<S['kind']>;
    case 'readiness':
      return {
        kind: s.kind,
        input: await loadReadinessDocumentInput(db, caller.orgId, s.asOf),
      } as LoadedDocumentOf<S['kind']>;
  }
};

const named = (doc: LoadedDocument): NamedDocument => {
  switch (doc.kind) {
    case 'program':
      return { kind: doc.kind, number: doc.input.assessment.number };
    case 'partner':
      return { kind: doc.kind, externalId: doc.externalId, edition: doc.input.edition };
    case 'readiness':
      return { kind: doc.kind, asOf: doc.input.report.asOf };
  }
};

const bodyOf = (
  doc: LoadedDocument,
  format: DocumentFormat,
  paper: Paper = 'A4',
): string | Promise<Buffer> => {
  switch (doc.kind) {
    case 'program': {
      const f = allowedFormat(doc.kind, format);
      if (f === 'pdf') return printProgramDocument(doc.input, paper);
      if (f === 'xlsx') return programWorkbookFile(doc.input);
      if (f === 'json') return `${JSON.stringify(doc.input.report, null, 2)}\n`;
      return renderProgramDocument(doc.input, f);
    }
    case 'partner': {
      const f = allowedFormat(doc.kind, format);
      return f === 'pdf' ? printPartnerDocument(doc.input, paper) : renderPartnerDocument(doc.input, f);
    }
    case 'readiness': {
      const f = allowedFormat(doc.kind, format);
      return f === 'pdf' ? printReadinessDocument(doc.input, paper) : renderReadinessDocument(doc.input, f);
    }
  }
};

/** What the file is called and what it is, without making it; INVALID_INPUT for a format the kind is not made in. */
export const describeDocumentFile = (
  doc: NamedDocument,
  format: DocumentFormat,
  destination: DocumentDestination,
): Omit<DocumentFile, 'body'> => {
  const f = allowedFormat(doc.kind, format);
  return { name: documentName(doc, f, destination), contentType: fileTypes[f].contentType };
};

/** One loaded document in one format. */
export const documentFile = async (doc: LoadedDocument, opts: DocumentFileOptions): Promise<DocumentFile> => {
  allowedFormat(doc.kind, opts.format);
  const file = describeDocumentFile(named(doc), opts.format, opts.destination);
  return { ...file, body: await bodyOf(doc, opts.format, opts.paper) };
};

/** The subject's document in one format; the format is checked before anything is read. */
export const renderDocumentFileUseCase = async (
  db: SqlClient,
  caller: Caller,
  request: DocumentSubject & DocumentFileOptions,
): Promise<DocumentFile> => {
  allowedFormat(request.kind, request.format);
  return documentFile(await loadDocumentUseCase(db, caller, request), request);
};
