import fs from 'node:fs';
import { Command, Option } from 'commander';
import { AppError } from '#core/errors';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES } from '#core/import-plan';
import type { ImportReport, ImportSummary } from '#core/import-plan';
import { importContacts } from '#services/import.service';
import { printJson, withContext, withDataOption, type CliDeps } from './io';
import { progressBar } from './progress';

const FORMAT_NAMES: Record<string, string> = {
  linkedin: 'LinkedIn connections',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird CSV',
  vcard: 'vCard',
  wayfinder: 'Wayfinder CSV',
};

/** Reads the file the user named, refusing what cannot be a contacts export before loading it. */
function readContactsFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError(
      'invalid_input',
      `Cannot read ${file}: there is no such file. Check the path and try again.`,
    );
  }
  if (stat.isDirectory())
    throw new AppError('invalid_input', `${file} is a folder: name the exported file inside it.`);
  if (stat.size > MAX_IMPORT_BYTES) {
    throw new AppError(
      'too_large',
      `${file} is ${(stat.size / 1048576).toFixed(0)} MB; Wayfinder imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Check that it is the contacts export.`,
    );
  }
  return fs.readFileSync(file);
}

/** The numbers of the CLI's --json contract, nothing more. */
function summaryOf(report: ImportReport): ImportSummary {
  const { format, read, created, updated, unchanged, duplicates, skipped } = report;
  return { format, read, created, updated, unchanged, duplicates, skipped };
}

function printReport(deps: CliDeps, report: ImportReport, file: string) {
  const n = (value: number) => value.toLocaleString('en');
  const lines = [
    `${FORMAT_NAMES[report.format] ?? report.format} file ${file}: ${n(report.read)} records read`,
    `  ${n(report.created)} new ${report.created === 1 ? 'person' : 'people'}`,
    `  ${n(report.updated)} to update${report.changedPeople.length ? ` (${[...new Set(report.changedPeople.flatMap((p) => p.fields))].join(', ')})` : ''}`,
    `  ${n(report.unchanged)} already known, unchanged`,
    `  ${n(report.duplicates)} repeated within the file (merged)`,
    `  ${n(report.skipped.length)} skipped${report.skipped.length ? ':' : ''}`,
    ...report.skipped.slice(0, 20).map((row) => `    line ${row.line}: ${row.reason}`),
    ...(report.skipped.length > 20
      ? [`    … and ${report.skipped.length - 20} more (see --json)`]
      : []),
  ];
  deps.stdout(`${lines.join('\n')}\n`);
}

export function importCommand(deps: CliDeps): Command {
  return withDataOption(
    new Command('import').description(
      'bring people in from a contacts export (LinkedIn, Google, Outlook, Thunderbird, vCard)',
    ),
  )
    .argument('<file>', 'the exported file, e.g. Connections.csv')
    .addOption(
      new Option(
        '--format <format>',
        'read the file as this format instead of detecting it',
      ).choices(IMPORT_FORMATS),
    )
    .option('--dry-run', 'only show what would happen')
    .option('--yes', 'import without asking')
    .option(
      '--json',
      'print {"format","read","created","updated","unchanged","duplicates","skipped"}',
    )
    .action(
      async (
        file: string,
        options: { format?: string; dryRun?: boolean; yes?: boolean; json?: boolean },
        command: Command,
      ) => {
        const bytes = readContactsFile(file);
        const importOptions = {
          ...(options.format ? { format: options.format } : {}),
          fileName: file,
        };
        const show = (report: ImportReport) =>
          options.json ? printJson(deps, summaryOf(report)) : printReport(deps, report, file);
        await withContext(deps, command, async (ctx) => {
          // --yes skips the preview: the import itself reports the same numbers.
          if (!options.yes || options.dryRun) {
            const preview = await importContacts(ctx, bytes, { ...importOptions, dryRun: true });
            if (preview.created + preview.updated === 0) {
              show(preview);
              return deps.stderr(
                'Nothing to import: everyone in this file is already in your network.\n',
              );
            }
            if (options.dryRun) return show(preview);
            show(preview);
            // Without a terminal to answer at, a preview is all we may do.
            const answer =
              deps.interactive && !options.json
                ? await deps.ask(
                    `Add ${preview.created.toLocaleString('en')} new and update ${preview.updated.toLocaleString('en')}? [y/N] `,
                  )
                : '';
            if (!/^y(es)?$/i.test(answer.trim())) {
              return deps.stderr(
                'Nothing was imported. Run again with --yes to import without asking.\n',
              );
            }
          }
          const bar = deps.interactive ? progressBar(deps.stderr) : undefined;
          const done = await importContacts(ctx, bytes, importOptions, bar?.update);
          bar?.finish();
          if (options.json) printJson(deps, summaryOf(done));
          else
            deps.stdout(
              `Imported: ${done.created.toLocaleString('en')} added, ${done.updated.toLocaleString('en')} updated.\n`,
            );
        });
      },
    );
}
