import { AppError } from '#core/errors';
import {
  BUILT_IN_PLAYBOOKS,
  builtInPlaybook,
  DEFAULT_PLAYBOOK_ID,
  patchPlaybook,
  PlaybookCopyInputSchema,
  PlaybookPatchSchema,
  PlaybookSchema,
  playbookIdFor,
  type Playbook,
} from '#core/playbook';
import { parseInput } from '#core/validation';
import { withWriteTransaction, type Executor } from '#store/database';
import {
  deletePlaybook as deletePlaybookRow,
  insertPlaybook,
  listPlaybookRows,
  updatePlaybook as updatePlaybookRow,
} from '#store/playbook.store';
import { readSettings, writeSettings } from '#store/settings.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

/** Every playbook the user can choose: the built-ins, then their own copies. */
export type PlaybookChoice = {
  all: Playbook[];
  /** The one new interviews start with, and the one an interview falls back to. */
  active: Playbook;
};

/**
 * The user's playbooks and the active one. A stored active id that no longer names a playbook
 * means the default, so a missing row never breaks Today.
 */
export function choosePlaybook(own: readonly Playbook[], activeId: string | null): PlaybookChoice {
  const all = [...BUILT_IN_PLAYBOOKS, ...own];
  const active =
    all.find((playbook) => playbook.id === activeId) ?? builtInPlaybook(DEFAULT_PLAYBOOK_ID)!;
  return { all, active };
}

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
  const { all, active } = await loadPlaybooks(readExecutor(ctx), ctx.userId);
  if (id === undefined) return active;
  const found = all.find((playbook) => playbook.id === id);
  if (!found) {
    throw new AppError(
      'invalid_input',
      `There is no playbook "${id}"; the playbooks are ${all.map((p) => p.id).join(', ')}.`,
    );
  }
  return found;
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
    const copy: Playbook = { ...source, id: playbookIdFor(name, taken), name, builtIn: false };
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

/** Changes some of a copy's rules; the result must still be a whole, valid playbook. */
export async function updatePlaybook(
  ctx: ServiceContext,
  id: string,
  input: unknown,
): Promise<Playbook> {
  const patch = parseInput(PlaybookPatchSchema, input, 'playbook change');
  return withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireOwnPlaybook(tx, ctx.userId, id);
    const changed = parseInput(PlaybookSchema, patchPlaybook(current, patch), 'playbook');
    await updatePlaybookRow(tx, ctx.userId, changed, ctx.clock.now());
    return changed;
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
