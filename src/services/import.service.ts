import { z } from 'zod';
import { AppError } from '#core/errors';
import {
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  planImport,
  type ImportReport,
  type ImportPlan,
  type IncomingContact,
} from '#core/import-plan';
import {
  PersonInputSchema,
  PersonPatchSchema,
  type PersonInput,
  type PersonPatch,
} from '#core/person';
import { toInputIssues, parseInput } from '#core/validation';
import { type ImportedContact, type ParsedContacts, type SkippedRow } from '#formats/contact';
import { parseContacts } from '#formats/import';
import { withWriteTransaction, type Executor } from '#store/database';
import { lockOwnerForImport } from '#store/lock.store';
import { listPeopleForMatching } from '#store/person-query.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';
import { applyPatch, insertValidated, refreshStatisticsAfter } from './person.service';

export const ImportOptionsSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS).optional(),
  fileName: z.string().max(255).optional(),
  dryRun: z.boolean().default(false),
});

export type ImportProgress = (
  phase: 'reading' | 'matching' | 'writing',
  done: number,
  total: number,
) => void;

const LISTED = 200;

/**
 * Reads a contacts file and brings its people in: new ones created, known ones updated where
 * the file says something newer, all in one transaction — or, with `dryRun`, only reported.
 */
export async function importContacts(
  ctx: ServiceContext,
  bytes: Uint8Array,
  rawOptions: unknown = {},
  onProgress: ImportProgress = () => {},
): Promise<ImportReport> {
  const options = parseInput(ImportOptionsSchema, rawOptions, 'import options');
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError(
      'too_large',
      `This file is ${(bytes.byteLength / 1048576).toFixed(0)} MB; Wayfinder imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. A full LinkedIn export is about 3 MB: check that you picked the contacts file.`,
    );
  }
  onProgress('reading', 0, 1);
  const parsed = parseContacts(bytes, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.fileName ? { fileName: options.fileName } : {}),
  });
  onProgress('reading', 1, 1);

  if (options.dryRun) {
    const prepared = await prepare(readExecutor(ctx), ctx, parsed, onProgress);
    return report(parsed, prepared, true);
  }
  // Planned inside the write transaction, so two imports at once (a double click, the CLI beside
  // the web app) see each other's people instead of both creating them.
  const prepared = await withWriteTransaction(ctx.db, async (tx) => {
    await lockOwnerForImport(tx, ctx.userId);
    const plan = await prepare(tx, ctx, parsed, onProgress);
    await writePlan(tx, ctx, plan, onProgress);
    return plan;
  });
  await refreshStatisticsAfter(ctx, prepared.creates.length + prepared.updates.length);
  return report(parsed, prepared, false);
}

type Prepared = {
  plan: ImportPlan;
  creates: PersonInput[];
  updates: { personId: number; patch: PersonPatch }[];
  skipped: SkippedRow[];
};

/** Matches the file against the network and decides every write, skipping what cannot be written. */
async function prepare(
  tx: Executor,
  ctx: ServiceContext,
  parsed: ParsedContacts,
  onProgress: ImportProgress,
): Promise<Prepared> {
  const skipped = [...parsed.skipped];
  onProgress('matching', 0, parsed.contacts.length);
  const plan = planImport(
    await listPeopleForMatching(tx, ctx.userId),
    parsed.contacts.map(toIncoming),
  );
  const fromFile = new Map(parsed.contacts.map((contact) => [contact.line, contact]));
  const merged = new Set(plan.duplicates.map((duplicate) => duplicate.sameAsLine));
  const creates: PersonInput[] = [];
  plan.creates = plan.creates.filter((contact) => {
    const input = toPersonInput(contact, fromFile.get(contact.line)!, parsed.format);
    // Contacts from src/formats already obey the People API's rules (a test holds every real
    // export to PersonInputSchema), so only rows merged from repeats, whose lists grew, are checked.
    if (!merged.has(contact.line)) return creates.push(input) > 0;
    const checked = PersonInputSchema.safeParse(input);
    if (checked.success) creates.push(checked.data);
    else skipped.push({ line: contact.line, reason: describeIssues(checked.error) });
    return checked.success;
  });
  const updates: Prepared['updates'] = [];
  plan.updates = plan.updates.filter((update) => {
    // A merged list can outgrow a limit (20 e-mails, 30 tags): say so instead of failing the import.
    const checked = PersonPatchSchema.safeParse({
      version: update.person.version,
      ...update.changes,
    });
    if (checked.success) updates.push({ personId: update.person.id, patch: checked.data });
    else {
      const reason = `cannot update ${update.person.name}: ${describeIssues(checked.error)}`;
      skipped.push({ line: update.line, reason });
    }
    return checked.success;
  });
  onProgress('matching', parsed.contacts.length, parsed.contacts.length);
  return { plan, creates, updates, skipped };
}

async function writePlan(
  tx: Executor,
  ctx: ServiceContext,
  { creates, updates }: Prepared,
  onProgress: ImportProgress,
): Promise<void> {
  const total = creates.length + updates.length;
  await insertValidated(tx, ctx, creates, ctx.clock.now());
  onProgress('writing', creates.length, total);
  for (const [index, { personId, patch }] of updates.entries()) {
    await applyPatch(tx, ctx, personId, patch);
    if (index % 500 === 499) onProgress('writing', creates.length + index + 1, total);
  }
  onProgress('writing', total, total);
}

/** The People API's input for a new person: the (possibly merged) contact plus what only the file knows. */
export function toPersonInput(
  contact: IncomingContact,
  fromFile: ImportedContact,
  format: string,
): PersonInput {
  const { line: _line, ...fields } = contact;
  return { ...fields, howMet: fromFile.howMet ?? null, source: fromFile.source ?? format };
}

export function toIncoming(contact: ImportedContact): IncomingContact {
  const { howMet: _howMet, source: _source, ...fields } = contact;
  return fields;
}

function describeIssues(error: z.ZodError): string {
  return toInputIssues(error)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');
}

function report(
  parsed: ParsedContacts,
  { plan, skipped }: Prepared,
  dryRun: boolean,
): ImportReport {
  return {
    format: parsed.format,
    read: parsed.read,
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged.length,
    duplicates: plan.duplicates.length,
    skipped: skipped.sort((a, b) => a.line - b.line),
    dryRun,
    newPeople: plan.creates
      .slice(0, LISTED)
      .map(({ line, name, organization, title }) => ({ line, name, organization, title })),
    changedPeople: plan.updates.slice(0, LISTED).map(({ line, person, changes }) => ({
      line,
      personId: person.id,
      name: person.name,
      fields: Object.keys(changes),
    })),
    duplicateRows: plan.duplicates.slice(0, LISTED),
  };
}
