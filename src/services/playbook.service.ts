import { AppError } from '#core/errors';
import {
  builtInPlaybook,
  choosePlaybook,
  DEFAULT_PLAYBOOK_ID,
  namedPlaybook,
  patchPlaybook,
  PlaybookCopyInputSchema,
  PlaybookPatchSchema,
  PlaybookSchema,
  playbookIdFor,
  type Playbook,
  type PlaybookChoice,
} from '#core/playbook';
import { parseInput } from '#core/validation';
import { withWriteTransaction, type DatabaseLocation, type Executor } from '#store/database';
import { findLocalUser, openExistingDatabase } from '#store/existing-database';
import {
  deletePlaybook as deletePlaybookRow,
  insertPlaybook,
  listPlaybookRows,
  updatePlaybook as updatePlaybookRow,
} from '#store/playbook.store';
import { readSettings, writeSettings } from '#store/settings.store';
import { changedElsewhere } from './conflict';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

/** Reads the user's playbooks and active choice (two queries). */
export async function loadPlaybooks(tx: Executor, ownerId: number): Promise<PlaybookChoice> {
  const [own, settings] = await Promise.all([
    listPlaybookRows(tx, ownerId),
    readSettings(tx, ownerId),
  ]);
  return choosePlaybook(own, settings.playbook_id);
}

export async function listPlaybooks(ctx: ServiceContext): Promise<{ items: Playbook[] }> {
  return { items: (await loadPlaybooks(readExecutor(ctx), ctx.userId)).all };
}

/** The playbook `id` names (the active one when none is named), or `invalid_input` listing them. */
export async function playbookOrActive(ctx: ServiceContext, id?: string): Promise<Playbook> {
  return namedPlaybook(await loadPlaybooks(readExecutor(ctx), ctx.userId), id);
}

/**
 * The same for a command that only reads (`wayfinder lint`): a built-in needs no database, and
 * the user's own choices are read only from a database that already exists and is up to date.
 * Otherwise the built-ins apply, with a note saying why when the database is too old to read.
 */
export async function playbookWithoutUpgrading(
  location: DatabaseLocation,
  id?: string,
): Promise<{ playbook: Playbook; note: string | null }> {
  const builtIn = id === undefined ? undefined : builtInPlaybook(id);
  if (builtIn) return { playbook: builtIn, note: null };
  const existing = await openExistingDatabase(location);
  if (existing.state !== 'current') {
    const note =
      existing.state === 'outdated'
        ? 'your database is older than this version of Wayfinder, so only the built-in playbooks were read; any other wayfinder command upgrades it'
        : null;
    if (existing.state === 'outdated' && id !== undefined) {
      throw new AppError(
        'invalid_input',
        `Cannot read your playbook "${id}": your database is older than this version of Wayfinder. Run any other wayfinder command to upgrade it, then try again.`,
      );
    }
    return { playbook: namedPlaybook(choosePlaybook([], null), id), note };
  }
  try {
    const tx: Executor = { kysely: existing.handle.kysely, dialect: existing.handle.dialect };
    const ownerId = await findLocalUser(tx);
    const choice =
      ownerId === undefined ? choosePlaybook([], null) : await loadPlaybooks(tx, ownerId);
    return { playbook: namedPlaybook(choice, id), note: null };
  } finally {
    await existing.handle.close();
  }
}

/** The playbook `id` names among the user's, or `invalid_input` naming `field`. */
export async function requirePlaybook(
  tx: Executor,
  ownerId: number,
  id: string,
  field: string,
): Promise<Playbook> {
  const found =
    builtInPlaybook(id) ??
    (await listPlaybookRows(tx, ownerId)).find((playbook) => playbook.id === id);
  if (!found) {
    throw new AppError('invalid_input', `There is no playbook "${id}"`, {
      issues: [{ path: field, message: 'not one of your playbooks; see GET /api/playbooks' }],
    });
  }
  return found;
}

/** Copies a built-in or a user's playbook under a new name, with an id of its own. */
export async function copyPlaybook(ctx: ServiceContext, input: unknown): Promise<Playbook> {
  const fields = parseInput(PlaybookCopyInputSchema, input, 'playbook copy');
  return withWriteTransaction(ctx.db, async (tx) => {
    const source = await requirePlaybook(tx, ctx.userId, fields.copyOf, 'copyOf');
    const taken = new Set((await listPlaybookRows(tx, ctx.userId)).map((playbook) => playbook.id));
    const name = fields.name ?? `${source.name} (copy)`;
    const copy: Playbook = {
      ...source,
      id: playbookIdFor(name, taken),
      name,
      builtIn: false,
      version: 1,
    };
    await insertPlaybook(tx, ctx.userId, copy, ctx.clock.now());
    return copy;
  });
}

/** A user's own copy; the built-ins are the method as written and never change. */
async function requireOwnPlaybook(tx: Executor, ownerId: number, id: string): Promise<Playbook> {
  const builtIn = builtInPlaybook(id);
  if (builtIn) {
    throw new AppError(
      'forbidden',
      `"${builtIn.name}" is built in and cannot be changed or deleted; copy it and change the copy`,
    );
  }
  const own = (await listPlaybookRows(tx, ownerId)).find((playbook) => playbook.id === id);
  if (!own) throw new AppError('not_found', `No playbook with id "${id}"`);
  return own;
}

/**
 * A country the holiday library does not know would silently count its holidays as working
 * days. Checked here rather than in core's schema so the browser need not load every country's
 * holiday data to edit a playbook.
 */
async function assertHolidaysCountry(country: string | null): Promise<void> {
  if (country === null) return;
  // Loaded on demand: the holiday tables are large, and `wayfinder lint` reads this module.
  const { isHolidayCountry } = await import('#core/cadence/holidays');
  if (isHolidayCountry(country)) return;
  throw new AppError('invalid_input', `Wayfinder knows no public holidays for "${country}"`, {
    issues: [
      {
        path: 'cadence.holidaysCountry',
        message: `"${country}" is not a country whose public holidays are known; use a two-letter country code such as US, GB or DE, or null to skip only weekends`,
      },
    ],
  });
}

const RELOAD = 'reload it to see the change, then make yours again';

/** Changes some of a copy's rules; the result must still be a whole, valid playbook. */
export async function updatePlaybook(
  ctx: ServiceContext,
  id: string,
  input: unknown,
): Promise<Playbook> {
  const patch = parseInput(PlaybookPatchSchema, input, 'playbook change');
  return withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireOwnPlaybook(tx, ctx.userId, id);
    const version = current.version ?? 1;
    if (patch.version !== undefined && patch.version !== version) {
      throw changedElsewhere('playbook', { ...current, version }, RELOAD);
    }
    const changed = parseInput(PlaybookSchema, patchPlaybook(current, patch), 'playbook');
    await assertHolidaysCountry(changed.cadence.holidaysCountry);
    if (!(await updatePlaybookRow(tx, ctx.userId, changed, version, ctx.clock.now()))) {
      // Changed by a transaction that committed after this one read it (PostgreSQL).
      const now = await requireOwnPlaybook(tx, ctx.userId, id);
      throw changedElsewhere('playbook', { ...now, version: now.version ?? 1 }, RELOAD);
    }
    return { ...changed, version: version + 1 };
  });
}

/**
 * Deletes a copy. Interviews that used it move to the active playbook; when the copy was the
 * active one, the default becomes active and they move to that.
 */
export async function deletePlaybook(ctx: ServiceContext, id: string): Promise<void> {
  const now = ctx.clock.now();
  await withWriteTransaction(ctx.db, async (tx) => {
    await requireOwnPlaybook(tx, ctx.userId, id);
    const { active } = await loadPlaybooks(tx, ctx.userId);
    const fallbackId = active.id === id ? DEFAULT_PLAYBOOK_ID : active.id;
    if (active.id === id) await writeSettings(tx, ctx.userId, { playbook_id: null }, now);
    await deletePlaybookRow(tx, ctx.userId, id, fallbackId, now);
  });
}
