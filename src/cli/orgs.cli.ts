import { Command } from 'commander';
import { listOrganizations } from '#services/organization.service';
import {
  positiveInt,
  printJson,
  printTable,
  withContext,
  withDataOption,
  type CliDeps,
} from './io';

export function orgsCommand(deps: CliDeps): Command {
  const orgs = new Command('orgs').description('organizations you know people at');
  withDataOption(orgs.command('list').description('list organizations'))
    .option('--q <text>', 'only names containing this')
    .option('--limit <n>', 'how many to show (1-200)', positiveInt('--limit'), 50)
    .option('--cursor <cursor>', 'the nextCursor of a previous page')
    .option('--json', 'print {"items","nextCursor"} as the API does')
    .action(
      async (
        options: { q?: string; limit: number; cursor?: string; json?: boolean },
        command: Command,
      ) => {
        const page = await withContext(deps, command, (ctx) =>
          listOrganizations(ctx, {
            ...(options.q ? { q: options.q } : {}),
            limit: options.limit,
            ...(options.cursor ? { cursor: options.cursor } : {}),
          }),
        );
        if (options.json) return printJson(deps, page);
        if (page.items.length === 0) {
          deps.stdout('No organizations yet: they appear when you add people with --org.\n');
          return;
        }
        printTable(
          deps,
          ['ID', 'ORGANIZATION', 'PEOPLE'],
          page.items.map((o) => [String(o.id), o.name, String(o.peopleCount)]),
        );
        if (page.nextCursor) deps.stdout(`More: --cursor ${page.nextCursor}\n`);
      },
    );
  return orgs;
}
