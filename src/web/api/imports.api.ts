import type { ImportFormat, ImportReport } from '#core/import-plan';
import { apiPath, apiRequest } from './client';

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
