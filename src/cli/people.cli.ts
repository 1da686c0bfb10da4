import { Command } from 'commander';
import { AppError } from '#core/errors';
import { PERSON_SORTS, RELATIONSHIPS, type Person, type PersonDetail } from '#core/person';
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  setArchived,
  updatePerson,
} from '#services/person.service';
import {
  collect,
  positiveInt,
  printJson,
  printTable,
  withContext,
  withDataOption,
  type CliDeps,
} from './io';

type PersonOptions = {
  name?: string;
  org?: string;
  title?: string;
  location?: string;
  email?: string[];
  phone?: string[];
  linkedin?: string;
  relationship?: string;
  introducedBy?: number;
  howMet?: string;
  notes?: string;
  tag?: string[];
  json?: boolean;
};

function addPersonFieldOptions(command: Command): Command {
  return command
    .option('--org <organization>', 'organization they work at ("" to clear)')
    .option('--title <title>', 'job title')
    .option('--location <place>', 'city or region')
    .option(
      '--email <email>',
      'email address (repeat for several; on edit, replaces the list)',
      collect,
    )
    .option(
      '--phone <number>',
      'phone number (repeat for several; on edit, replaces the list)',
      collect,
    )
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--relationship <kind>', `how you know them: ${RELATIONSHIPS.join(', ')}`)
    .option(
      '--introduced-by <id>',
      'id of the person who introduced you',
      positiveInt('--introduced-by'),
    )
    .option('--how-met <text>', 'how or where you met')
    .option('--notes <text>', 'notes')
    .option('--tag <tag>', 'tag (repeat for several; on edit, replaces the list)', collect)
    .option('--json', 'print the person as JSON');
}

/** Maps command-line options to the API's field names; an empty string clears a field. */
function personFields(options: PersonOptions): Record<string, unknown> {
  const text = (value: string | undefined) => (value === undefined ? undefined : value || null);
  const fields: Record<string, unknown> = {
    name: options.name,
    organization: text(options.org),
    title: text(options.title),
    location: text(options.location),
    emails: options.email,
    phones: options.phone,
    linkedinUrl: text(options.linkedin),
    relationship: text(options.relationship),
    introducedById: options.introducedBy,
    howMet: text(options.howMet),
    notes: text(options.notes),
    tags: options.tag,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function printPerson(deps: CliDeps, person: Person | PersonDetail, json: boolean | undefined) {
  if (json) return printJson(deps, person);
  const rows: [string, string | null | undefined][] = [
    ['id', String(person.id)],
    ['name', person.name],
    ['organization', person.organization],
    ['title', person.title],
    ['location', person.location],
    ['emails', person.emails.join(', ')],
    ['phones', person.phones.join(', ')],
    ['linkedin', person.linkedinUrl],
    ['relationship', person.relationship],
    [
      'introduced by',
      'introducedBy' in person && person.introducedBy
        ? `${person.introducedBy.name} (#${person.introducedBy.id})`
        : null,
    ],
    [
      'introduced',
      'introduced' in person
        ? person.introduced.map((p) => `${p.name} (#${p.id})`).join(', ')
        : null,
    ],
    ['how met', person.howMet],
    ['tags', person.tags.join(', ')],
    ['notes', person.notes],
    ['archived', person.archivedAt],
    ['version', String(person.version)],
  ];
  deps.stdout(
    `${rows
      .filter(([, value]) => value)
      .map(([label, value]) => `${label.padEnd(14)}${value}`)
      .join('\n')}\n`,
  );
}

export function peopleCommand(deps: CliDeps): Command {
  const people = new Command('people').description('the people in your network');

  addPersonFieldOptions(withDataOption(people.command('add').description('add a person')))
    .requiredOption('--name <name>', 'full name')
    .action(async (options: PersonOptions, command: Command) => {
      const person = await withContext(deps, command, (ctx) =>
        createPerson(ctx, personFields(options)),
      );
      if (options.json) printJson(deps, person);
      else deps.stdout(`Added ${person.name} (#${person.id})\n`);
    });

  withDataOption(people.command('list').description('list or search people'))
    .option('--q <text>', 'search names, organization, title, emails, tags and notes')
    .option('--limit <n>', 'how many to show (1-200)', positiveInt('--limit'), 50)
    .option('--cursor <cursor>', 'the nextCursor of a previous page')
    .option('--sort <field>', `sort by ${PERSON_SORTS.join(', ')}`)
    .option('--relationship <kind>', 'only this relationship')
    .option('--org-id <id>', 'only people at this organization', positiveInt('--org-id'))
    .option('--tag <tag>', 'only people with this tag')
    .option('--archived', 'show archived people instead')
    .option('--json', 'print {"items","nextCursor"} as the API does')
    .action(async (options: Record<string, unknown>, command: Command) => {
      const page = await withContext(deps, command, (ctx) =>
        listPeople(ctx, {
          ...(options.q !== undefined ? { q: options.q } : {}),
          limit: options.limit,
          ...(options.cursor ? { cursor: options.cursor } : {}),
          ...(options.sort ? { sort: options.sort } : {}),
          ...(options.relationship ? { relationship: options.relationship } : {}),
          ...(options.orgId ? { organizationId: options.orgId } : {}),
          ...(options.tag ? { tag: options.tag } : {}),
          ...(options.archived ? { archived: 'true' } : {}),
        }),
      );
      if (options.json) return printJson(deps, page);
      if (page.items.length === 0) {
        deps.stdout(
          options.q
            ? 'No one matches.\n'
            : 'No people yet. Add one: wayfinder people add --name "Ana Lima"\n',
        );
        return;
      }
      printTable(
        deps,
        ['ID', 'NAME', 'ORGANIZATION', 'TITLE', 'RELATIONSHIP'],
        page.items.map((p) => [
          String(p.id),
          p.name,
          p.organization ?? '',
          p.title ?? '',
          p.relationship ?? '',
        ]),
      );
      if (page.nextCursor) deps.stdout(`More: --cursor ${page.nextCursor}\n`);
    });

  withDataOption(
    people
      .command('show')
      .description('show one person')
      .argument('<id>', 'person id', positiveInt('id')),
  )
    .option('--json', 'print as JSON')
    .action(async (id: number, options: { json?: boolean }, command: Command) => {
      const person = await withContext(deps, command, (ctx) => getPerson(ctx, id));
      printPerson(deps, person, options.json);
    });

  addPersonFieldOptions(
    withDataOption(
      people
        .command('edit')
        .description('change a person')
        .argument('<id>', 'person id', positiveInt('id')),
    ),
  )
    .option('--name <name>', 'full name')
    .option(
      '--version <n>',
      'fail if the person changed since this version',
      positiveInt('--version'),
    )
    .action(async (id: number, options: PersonOptions & { version?: number }, command: Command) => {
      const fields = personFields(options);
      if (Object.keys(fields).length === 0) {
        throw new AppError(
          'invalid_input',
          'Nothing to change: give at least one option, e.g. --title "Nurse"',
        );
      }
      const person = await withContext(deps, command, async (ctx) => {
        const version = options.version ?? (await getPerson(ctx, id)).version;
        return updatePerson(ctx, id, { ...fields, version });
      });
      if (options.json) printJson(deps, person);
      else deps.stdout(`Saved ${person.name} (#${person.id}, version ${person.version})\n`);
    });

  for (const [name, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    withDataOption(
      people
        .command(name)
        .description(
          archived ? 'archive a person (kept, hidden from lists)' : 'restore an archived person',
        ),
    )
      .argument('<id>', 'person id', positiveInt('id'))
      .option('--json', 'print the person as JSON')
      .action(async (id: number, options: { json?: boolean }, command: Command) => {
        const person = await withContext(deps, command, (ctx) => setArchived(ctx, id, archived));
        if (options.json) printJson(deps, person);
        else deps.stdout(`${archived ? 'Archived' : 'Restored'} ${person.name} (#${person.id})\n`);
      });
  }

  withDataOption(people.command('delete').description('delete a person for good'))
    .argument('<id>', 'person id', positiveInt('id'))
    .option('--yes', 'confirm: this cannot be undone (archive keeps them instead)')
    .action(async (id: number, options: { yes?: boolean }, command: Command) => {
      if (!options.yes) {
        throw new AppError(
          'invalid_input',
          `Deleting cannot be undone: add --yes to delete #${id}, or use "people archive ${id}" to keep them hidden`,
        );
      }
      await withContext(deps, command, (ctx) => deletePerson(ctx, id));
      deps.stdout(`Deleted #${id}\n`);
    });

  return people;
}
