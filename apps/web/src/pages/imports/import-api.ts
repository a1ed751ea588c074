/**
 * The import endpoints this page reads: format inference, presets, saved mappings, data coverage,
 * jobs, typed by the contracts' schemas. Infer, presets, mappings and data coverage are newer routes:
 * a server without them answers 404 (infer: 400, read as an import of kind "infer"), shown as an error state.
 */

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  dataCoverageSchema,
  importInferenceSchema,
  importMappingSchema,
  importPresetSchema,
} from '@trellis/contracts';
import type { z } from 'zod';
import { api, type Page, qs } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { isActive, JOBS_KEY, type Job } from '../../jobs/use-job.ts';

export type { ColumnProblems, ImportPayload, ImportResult } from '@trellis/contracts';
export { JOBS_KEY, type Job } from '../../jobs/use-job.ts';

export type Inferred = z.infer<typeof importInferenceSchema>;
export type Preset = z.infer<typeof importPresetSchema>;
export type SavedMapping = z.infer<typeof importMappingSchema>;
export type KindCoverage = z.infer<typeof dataCoverageSchema>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const isXlsx = (file: File) => /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE;

/** The file's name as a header can carry it (headers are ASCII). */
export const asciiName = (file: File) => file.name.replace(/[^\x20-\x7e]/g, '_');

/** A file's identity for query keys (the File object itself does not serialise). */
export const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

/** How much of a CSV the format detection needs: it reads the header and up to 200 rows. */
export const INFER_BYTES = 512 * 1024;

/**
 * The start of a CSV, cut after its last whole line, so that detecting the format of a large export
 * does not upload all of it. (A UTF-16 little-endian line break is 0A 00: the 00 is kept.) A
 * workbook is a zip and is sent whole.
 */
export const inferSample = async (file: File): Promise<Blob> => {
  if (isXlsx(file) || file.size <= INFER_BYTES) return file;
  const head = new Uint8Array(await file.slice(0, INFER_BYTES).arrayBuffer());
  let end = head.lastIndexOf(0x0a);
  if (end < 0) return file;
  if (head[end + 1] === 0x00) end += 1;
  return file.slice(0, end + 1, file.type);
};

/** The detected format and proposed mapping of `file` (for `entity`, when the user chose one). */
export const useInfer = (file: File | null, entity: string | null, sheet: string) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['imports', 'infer', org, file && fileKey(file), entity, sheet],
    enabled: !!file,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async ({ signal }) =>
      api<Inferred>(`${org}/imports/infer${qs({ entity, sheet: sheet || undefined })}`, {
        method: 'POST',
        body: await inferSample(file!),
        contentType: isXlsx(file!) ? XLSX_TYPE : 'text/csv',
        headers: { 'x-filename': asciiName(file!) },
        signal,
      }),
  });
};

export const usePresets = (enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: ['imports', 'presets', org],
    enabled,
    retry: false,
    staleTime: 10 * 60_000,
    queryFn: () => api<{ items: Preset[] }>(`${org}/presets`),
  });
};

export const MAPPINGS_KEY = ['imports', 'mappings'] as const;

export const useSavedMappings = (enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...MAPPINGS_KEY, org],
    enabled,
    retry: false,
    queryFn: () => api<{ items: SavedMapping[] }>(`${org}/mappings`),
  });
};

export const COVERAGE_KEY = ['imports', 'data-coverage'] as const;

export const useCoverage = (enabled = true) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...COVERAGE_KEY, org],
    enabled,
    retry: false,
    queryFn: () => api<{ items: KindCoverage[] }>(`${org}/data-coverage`),
  });
};

/** A page of recent jobs, newest first; refreshed while one of them is still running. */
export const useJobs = (page: number, size: number) => {
  const org = useOrgPath();
  return useQuery({
    queryKey: [...JOBS_KEY, org, 'page', page, size],
    placeholderData: keepPreviousData,
    queryFn: () => api<Page<Job>>(`${org}/jobs${qs({ limit: size, offset: (page - 1) * size })}`),
    refetchInterval: (q) => (q.state.data?.items.some(isActive) ? 2000 : false),
  });
};
