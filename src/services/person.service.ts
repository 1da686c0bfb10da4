import { AppError } from '#core/errors';
import { decodeCursor } from '#core/cursor';
import {
  PersonInputSchema,
  PersonListQuerySchema,
  PersonPatchSchema,
  type Page,
  type Person,
  type PersonDetail,
  type PersonInput,
  type PersonPatch,
} from '#core/person';
import { wordTokens } from '#core/text';
import { parseInput } from '#core/validation';
import { refreshPlannerStatistics, withWriteTransaction, type Executor } from '#store/database';
import { followPersonIntroducer } from '#store/interview.store';
import { resolveOrganizations } from '#store/organization.store';
import {
  deletePerson as deletePersonRow,
  insertPeople,
  setPersonArchived,
  updatePerson as updatePersonRow,
  type PersonRecord,
} from '#store/person.store';
import {
  findPerson,
  findPersonRef,
  listIntroducedBy,
  listPeople as listPeopleRows,
} from '#store/person-query.store';
import { changedElsewhere } from './conflict';
import type { ServiceContext } from './context';
import { readExecutor, toPage } from './paging';

const MAX_INTRODUCTION_CHAIN = 1000;
/** After adding this many people at once the planner's row estimates are stale enough to matter. */
const BULK_STATISTICS_THRESHOLD = 500;

/** Adds a person to the owner's network; their organization is found or created by name. */
export async function createPerson(ctx: ServiceContext, input: unknown): Promise<Person> {
  const fields = parseInput(PersonInputSchema, input, 'person');
  return withWriteTransaction(ctx.db, async (tx) => {
    const [id] = await insertValidated(tx, ctx, [fields]);
    return requirePerson(tx, ctx.userId, id!);
  });
}

/** Adds many people in one transaction: all of them or, on the first invalid one, none. */
export async function createPeople(ctx: ServiceContext, inputs: unknown[]): Promise<number[]> {
  const valid = inputs.map((input, index) =>
    parseInput(PersonInputSchema, input, `person ${index + 1}`),
  );
  const ids = await withWriteTransaction(ctx.db, (tx) => insertValidated(tx, ctx, valid));
  await refreshStatisticsAfter(ctx, ids.length);
  return ids;
}

/** After a bulk change the planner's row estimates are stale enough to choose bad plans. */
export async function refreshStatisticsAfter(
  ctx: ServiceContext,
  changedRows: number,
): Promise<void> {
  if (changedRows < BULK_STATISTICS_THRESHOLD) return;
  try {
    await refreshPlannerStatistics(ctx.db);
  } catch (error) {
    // The change is committed; stale statistics only make some queries slower until next time.
    const reason = error instanceof Error ? error.message : String(error);
    ctx.log.warn('could not refresh query statistics', { reason });
  }
}

/** Inserts validated people inside the caller's transaction; imports pass when they came in. */
export async function insertValidated(
  tx: Executor,
  ctx: ServiceContext,
  people: PersonInput[],
  importedAt: Date | null = null,
): Promise<number[]> {
  const now = ctx.clock.now();
  for (const fields of people) {
    if (fields.introducedById) await checkIntroducer(tx, ctx.userId, null, fields.introducedById);
  }
  const organizations = await resolveOrganizations(
    tx,
    ctx.userId,
    people.flatMap((fields) => (fields.organization ? [fields.organization] : [])),
    now,
  );
  const records = people.map((fields): PersonRecord => ({
    name: fields.name,
    organizationName: fields.organization ?? null,
    organizationId: fields.organization ? organizations.get(fields.organization)! : null,
    title: fields.title ?? null,
    location: fields.location ?? null,
    emails: fields.emails ?? [],
    phones: fields.phones ?? [],
    linkedinUrl: fields.linkedinUrl ?? null,
    relationship: fields.relationship ?? null,
    introducedById: fields.introducedById ?? null,
    howMet: fields.howMet ?? null,
    notes: fields.notes ?? null,
    tags: fields.tags ?? [],
    source: fields.source ?? 'manual',
    connectedOn: fields.connectedOn ?? null,
    importedAt: importedAt?.toISOString() ?? null,
  }));
  return insertPeople(tx, ctx.userId, records, now);
}

/** One person with who introduced them and whom they introduced. */
export async function getPerson(ctx: ServiceContext, id: number): Promise<PersonDetail> {
  const tx = readExecutor(ctx);
  const person = await requirePerson(tx, ctx.userId, id);
  const introducer = person.introducedById
    ? await findPersonRef(tx, ctx.userId, person.introducedById)
    : undefined;
  return {
    ...person,
    introducedBy: introducer ? { id: introducer.id, name: introducer.name } : null,
    introduced: await listIntroducedBy(tx, ctx.userId, id),
  };
}

/** A page of people: filtered, searched (prefix words over names, organization, notes …), sorted by name unless asked otherwise. */
export async function listPeople(ctx: ServiceContext, query: unknown): Promise<Page<Person>> {
  const options = parseInput(PersonListQuerySchema, query, 'people query');
  const offset = decodeCursor(options.cursor);
  const rows = await listPeopleRows(readExecutor(ctx), ctx.userId, {
    terms: wordTokens(options.q ?? '').slice(0, 12),
    ...(options.sort ? { sort: options.sort } : {}),
    ...(options.relationship ? { relationship: options.relationship } : {}),
    ...(options.organizationId ? { organizationId: options.organizationId } : {}),
    ...(options.tag ? { tag: options.tag } : {}),
    archived: options.archived,
    limit: options.limit + 1,
    offset,
  });
  return toPage(rows, options.limit, offset);
}

/**
 * Applies a partial change made on top of `version`. A stale version is a `conflict` carrying
 * the current person, so the client can reload or overwrite knowingly.
 */
export async function updatePerson(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Person> {
  const patch = parseInput(PersonPatchSchema, input, 'change');
  return withWriteTransaction(ctx.db, async (tx) => {
    await applyPatch(tx, ctx, id, patch);
    return requirePerson(tx, ctx.userId, id);
  });
}

/** Applies a validated change inside the caller's transaction; `conflict` when the version moved on. */
export async function applyPatch(
  tx: Executor,
  ctx: ServiceContext,
  id: number,
  patch: PersonPatch,
): Promise<void> {
  const now = ctx.clock.now();
  const current = await requirePerson(tx, ctx.userId, id);
  if (current.version !== patch.version) throw staleVersion(current);
  if (patch.introducedById) await checkIntroducer(tx, ctx.userId, id, patch.introducedById);
  const organizationName =
    patch.organization === undefined ? current.organization : patch.organization;
  const organizationId =
    patch.organization === undefined
      ? current.organizationId
      : organizationName
        ? (await resolveOrganizations(tx, ctx.userId, [organizationName], now)).get(
            organizationName,
          )!
        : null;
  const keep = <T>(value: T | undefined, stored: T) => (value === undefined ? stored : value);
  const record: PersonRecord = {
    name: patch.name ?? current.name,
    organizationName,
    organizationId,
    title: keep(patch.title, current.title),
    location: keep(patch.location, current.location),
    emails: patch.emails ?? current.emails,
    phones: patch.phones ?? current.phones,
    linkedinUrl: keep(patch.linkedinUrl, current.linkedinUrl),
    relationship: keep(patch.relationship, current.relationship),
    introducedById: keep(patch.introducedById, current.introducedById),
    howMet: keep(patch.howMet, current.howMet),
    notes: keep(patch.notes, current.notes),
    tags: patch.tags ?? current.tags,
    source: current.source,
    connectedOn: keep(patch.connectedOn, current.connectedOn),
    importedAt: current.importedAt,
  };
  const written = await updatePersonRow(tx, ctx.userId, id, patch.version, record, now);
  if (!written) throw staleVersion(await requirePerson(tx, ctx.userId, id));
  if (record.introducedById !== current.introducedById) {
    await followPersonIntroducer(tx, ctx.userId, id, record.introducedById, now);
  }
}

/** Archives (hides from lists, keeps everything) or restores a person. */
export async function setArchived(
  ctx: ServiceContext,
  id: number,
  archived: boolean,
): Promise<Person> {
  const now = ctx.clock.now();
  return withWriteTransaction(ctx.db, async (tx) => {
    const changed = await setPersonArchived(tx, ctx.userId, id, archived ? now : null, now);
    if (!changed) throw notFound(id);
    return requirePerson(tx, ctx.userId, id);
  });
}

/** Deletes a person for good; people they introduced keep their record without the link. */
export async function deletePerson(ctx: ServiceContext, id: number): Promise<void> {
  await withWriteTransaction(ctx.db, async (tx) => {
    if (!(await deletePersonRow(tx, ctx.userId, id))) throw notFound(id);
  });
}

/** The person, or `not_found`. */
export async function requirePerson(tx: Executor, ownerId: number, id: number): Promise<Person> {
  const person = await findPerson(tx, ownerId, id);
  if (!person) throw notFound(id);
  return person;
}

/** The introducer must be someone else the owner knows, and not someone this person introduced. */
async function checkIntroducer(
  tx: Executor,
  ownerId: number,
  personId: number | null,
  introducerId: number,
): Promise<void> {
  const invalid = (message: string) =>
    new AppError('invalid_input', message, { issues: [{ path: 'introducedById', message }] });
  if (introducerId === personId) throw invalid('a person cannot introduce themselves');
  let cursor: number | null = introducerId;
  for (let step = 0; cursor !== null && step < MAX_INTRODUCTION_CHAIN; step += 1) {
    const ref = await findPersonRef(tx, ownerId, cursor);
    if (!ref) {
      throw invalid(
        step === 0
          ? `no person with id ${introducerId} in your network`
          : 'broken introduction chain',
      );
    }
    if (personId !== null && ref.introducedById === personId) {
      throw invalid(
        `${ref.name} was introduced through this person, so cannot have introduced them`,
      );
    }
    cursor = ref.introducedById;
  }
}

function notFound(id: number): AppError {
  return new AppError('not_found', `No person with id ${id}`);
}

export function staleVersion(current: Person): AppError {
  return changedElsewhere('person', current);
}
