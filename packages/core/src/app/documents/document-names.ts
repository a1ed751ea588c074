/**
 * A document's file name, in one rule per kind. A download lands among others in a downloads
 * folder, so its name says which one it is (the assessment's number, the scoring's date); in an
 * `--out` directory the name is the same on every run, so that a script finds the file. A partner's
 * review says whose it is in both, and the internal edition says so in its name, so that the file
 * sent to a partner is never the internal one by mistake. Names are made of ids and dates only.
 */
import type { DocumentEdition } from '@trellis/contracts';
import { type DocumentFormat, fileTypes } from './document-formats.ts';

/** What a name is made of: the document as loaded, not as asked for (`latest` is a number by then). */
export type NamedDocument =
  | { kind: 'program'; number: number }
  | { kind: 'partner'; externalId: string; edition: DocumentEdition }
  | { kind: 'readiness'; asOf: string };

/** Where the file goes: sent as a download, or written into a directory. */
export type DocumentDestination = 'download' | 'directory';

const stemOf = (doc: NamedDocument, format: DocumentFormat, destination: DocumentDestination): string => {
  switch (doc.kind) {
    case 'program': {
      const stem = format === 'prompt' ? 'program-prompt' : 'program-report';
      return destination === 'download' ? `${stem}-${doc.number}` : stem;
    }
    case 'partner':
      return `partner-${doc.externalId.replace(/[^\w.-]+/g, '_')}${doc.edition === 'internal' ? '-internal' : ''}`;
    case 'readiness':
      return destination === 'download' ? `readiness-${doc.asOf}` : 'readiness-report';
  }
};

export const documentName = (
  doc: NamedDocument,
  format: DocumentFormat,
  destination: DocumentDestination,
): string => `${stemOf(doc, format, destination)}.${fileTypes[format].extension}`;
