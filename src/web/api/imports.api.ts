import { apiPath, apiRequest } from './client';

export const IMPORT_FORMATS = [
  'linkedin',
  'google',
  'outlook',
  'thunderbird',
  'vcard',
  'wayfinder',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The server's limit; bigger files are refused before they are sent. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** What an import did, or for a preview would do (the server's ImportReport). */
export type ImportReport = {
  format: string;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: { line: number; reason: string }[];
  dryRun: boolean;
  /** The first 200 only; `created` is the full count. */
  newPeople: { line: number; name: string; organization: string | null; title: string | null }[];
  changedPeople: { line: number; personId: number; name: string; fields: string[] }[];
  duplicateRows: { line: number; sameAsLine: number }[];
};

const importPath = (path: string, file: File, format?: ImportFormat) =>
  apiPath(path, { fileName: file.name, format });

export const importsApi = {
  preview: (file: File, format?: ImportFormat, signal?: AbortSignal) =>
    apiRequest<ImportReport>(importPath('/api/imports/preview', file, format), {
      method: 'POST',
      file,
      signal,
    }),
  commit: (file: File, format?: ImportFormat) =>
    apiRequest<ImportReport>(importPath('/api/imports', file, format), { method: 'POST', file }),
};

export const exportUrl = (format: 'vcard' | 'csv') => apiPath('/api/exports/people', { format });
