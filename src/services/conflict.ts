import { AppError } from '#core/errors';

/**
 * The one answer to a write based on a stale version: it names what changed, carries the stored
 * record so a client can show it, and says what the user can do.
 */
export function changedElsewhere(
  what: string,
  current: { version: number },
  advice = 'reload to see the change, or save again to overwrite it',
): AppError {
  return new AppError(
    'conflict',
    `This ${what} was changed elsewhere (now version ${current.version}): ${advice}`,
    {
      details: { current },
    },
  );
}
