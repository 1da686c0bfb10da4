/** One problem the server found with one field, e.g. { path: "emails.1", message: "…" }. */
export type ApiIssue = { path: string; message: string };

/** Every failed request becomes one of these, so screens can branch on `code` and show `issues` by field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  readonly details: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: ApiIssue[] = [],
    details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.details = details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

type ErrorBody = {
  error?: { code?: string; message?: string; issues?: ApiIssue[]; details?: unknown };
};

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Raw bytes (a contacts file) sent as they are instead of a JSON body. */
  file?: Blob;
  /** The answer is a file (an .eml draft): resolve with its bytes instead of parsing JSON. */
  download?: boolean;
  signal?: AbortSignal;
};

/** Builds "/api/people?q=ana&limit=20", leaving out empty parameters. */
export function apiPath(
  path: string,
  params: Record<string, string | number | boolean | null | undefined> = {},
) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Calls the Wayfinder API; resolves with the parsed body or throws an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal: options.signal,
      // Changes say what they carry: JSON, or the raw bytes of a file for imports.
      headers:
        method === 'GET'
          ? { Accept: 'application/json' }
          : {
              'Content-Type': options.file ? 'application/octet-stream' : 'application/json',
              Accept: 'application/json',
            },
      body:
        options.file ??
        (options.body === undefined
          ? method === 'GET'
            ? undefined
            : '{}'
          : JSON.stringify(options.body)),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Wayfinder could not reach its server. Is it still running?');
  }
  if (response.status === 204) return undefined as T;
  if (options.download && response.ok) return (await response.blob()) as T;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A proxy or a crash can answer with HTML; the status still tells us what happened.
  }
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_' + response.status,
      error?.message ?? `The server answered ${response.status} ${response.statusText}`.trim(),
      error?.issues ?? [],
      error?.details,
    );
  }
  return body as T;
}
