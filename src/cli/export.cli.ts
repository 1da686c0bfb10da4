import fs from 'node:fs';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportPeople } from '#services/export.service';
import { withContext, withDataOption, type CliDeps } from './io';

export function exportCommand(deps: CliDeps): Command {
  const exporter = new Command('export').description('write your network out in open formats');
  withDataOption(exporter.command('people').description('everyone, as vCard 4.0 or CSV'))
    .addOption(
      new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file instead of the standard output')
    .option('--archived', 'include archived people')
    .action(
      async (options: { format: string; out?: string; archived?: boolean }, command: Command) => {
        const file = await withContext(deps, command, (ctx) =>
          exportPeople(ctx, {
            format: options.format,
            archived: options.archived ? 'all' : 'false',
          }),
        );
        if (!options.out) return deps.stdout(file.body);
        fs.writeFileSync(options.out, file.body);
        deps.stderr(
          `Wrote ${file.count} ${file.count === 1 ? 'person' : 'people'} to ${options.out}\n`,
        );
      },
    );
  return exporter;
}
