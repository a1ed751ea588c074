import { parseBrief } from '../briefs/load-brief.ts';
import type { Brief } from '../domain/brief.ts';
import { readTextFile } from '../read-text-file.ts';

/** Reads and validates a brief YAML file. */
export const readBriefFile = (file: string): Brief => parseBrief(readTextFile(file, 'Brief'));
