import fs from 'node:fs';
import { Command, Option } from 'commander';
import { AppError } from '#core/errors';
import { checkOutreach } from '#core/outreach/check';
import {
  CHANNELS,
  MESSAGE_KINDS,
  type Channel,
  type Finding,
  type MessageKind,
} from '#core/outreach/types';
import { BUILT_IN_PLAYBOOKS } from '#core/playbook';
import { resolveConfig } from '#services/config';
import { playbookWithoutUpgrading } from '#services/playbook.service';
import { CommandExit, printJson, withDataOption, type CliDeps } from './io';

// A draft is a few hundred words; anything much larger is the wrong file.
const MAX_DRAFT_BYTES = 1024 * 1024;

type LintOptions = { playbook?: string; channel?: Channel; kind?: MessageKind; json?: boolean };

function readDraftFile(file: string): string {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_DRAFT_BYTES)
      throw new AppError(
        'too_large',
        `${file} is larger than 1 MB; name the draft of your message.`,
      );
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new AppError(
      'invalid_input',
      `Cannot read ${file}: ${reason}. Check the path and try again.`,
    );
  }
  return bytes.toString('utf8');
}

/** 1-based line and column of an offset, counting characters as people see them. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return `${line}:${[...before.slice(lineStart)].length + 1}`;
}

function printFindings(deps: CliDeps, text: string, findings: Finding[], playbookId: string) {
  if (findings.length === 0) {
    deps.stdout('No findings: this request follows the playbook.\n');
    return;
  }
  const lines = findings.flatMap((finding) => [
    `${lineColumn(text, finding.start).padEnd(7)} ${finding.severity.padEnd(7)} ${finding.rule}`,
    `        ${finding.message}`,
    `        Try: ${finding.suggestion}`,
    '',
  ]);
  const count = (severity: Finding['severity'], noun: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n ? [`${n} ${noun}${n === 1 ? '' : 's'}`] : [];
  };
  const tally = [
    ...count('error', 'error'),
    ...count('warning', 'warning'),
    ...count('info', 'note'),
  ];
  deps.stdout(`${lines.join('\n')}\n${tally.join(', ')} (playbook ${playbookId})\n`);
}

export function lintCommand(deps: CliDeps): Command {
  return withDataOption(
    new Command('lint').description(
      'check an outreach draft against the method: connection first, a small time ask, a question at the end, no job ask',
    ),
  )
    .argument('[file]', 'the draft to check; - or nothing reads standard input')
    .option(
      '--playbook <id>',
      `playbook whose rules apply: ${BUILT_IN_PLAYBOOKS.map((p) => p.id).join(', ')} or a copy of yours (default: your active playbook)`,
    )
    .addOption(
      new Option('--channel <channel>', 'where it will be sent').choices(CHANNELS).default('email'),
    )
    .addOption(
      new Option('--kind <kind>', 'what kind of message it is')
        .choices(MESSAGE_KINDS)
        .default('request'),
    )
    .option(
      '--json',
      'print {"findings":[{"rule","severity","message","start","end","suggestion"}]}',
    )
    .action(async (file: string | undefined, options: LintOptions, command: Command) => {
      // Checking text must never create or upgrade a database: it is only read if it exists.
      const { data } = command.optsWithGlobals<{ data?: string }>();
      const { database } = resolveConfig(deps.env, data ? { data } : {});
      const { playbook, note } = await playbookWithoutUpgrading(database, options.playbook);
      if (note) deps.stderr(`note: ${note}\n`);
      if ((!file || file === '-') && deps.interactive && !options.json)
        deps.stderr('Type or paste your draft, then press Ctrl-D.\n');
      const raw = !file || file === '-' ? await deps.readStdin() : readDraftFile(file);
      // Offsets are into the text as an editor shows it, without a byte-order mark.
      const text = raw.replace(/^\uFEFF/, '');
      const findings = checkOutreach(text, {
        playbook,
        ...(options.channel ? { channel: options.channel } : {}),
        ...(options.kind ? { kind: options.kind } : {}),
      });
      if (options.json) {
        printJson(deps, {
          findings: findings.map(({ rule, severity, message, start, end, suggestion }) => ({
            rule,
            severity,
            message,
            start,
            end,
            suggestion,
          })),
        });
      } else printFindings(deps, text, findings, playbook.id);
      if (findings.some((finding) => finding.severity === 'error')) throw new CommandExit(1);
    });
}
