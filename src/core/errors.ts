/** Every failure a user can meet has one of these codes; adapters map them to HTTP statuses and exit codes. */
export type AppErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'conflict'
  | 'invalid_transition'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'unavailable'
  | 'internal'
  /** Sending by SMTP was asked for, but the user has not set up a mail server. */
  | 'mail_not_configured'
  /** The user's mail server refused the message or could not be reached. */
  | 'mail_failed';

/** One problem with one field of an input, located by its path. */
export type InputIssue = { path: string; message: string };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: InputIssue[] | undefined;
  readonly details: unknown;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { issues?: InputIssue[]; details?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues;
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
