import { Command } from 'commander';
import type { AgendaAction } from '#services/today.service';
import { printJson, withContext, withDataOption, type CliDeps } from './io';

const SECTIONS = [
  ['overdue', 'Overdue'],
  ['today', 'Today'],
  ['upcoming', 'Coming up'],
] as const;

export function todayCommand(deps: CliDeps): Command {
  return withDataOption(
    new Command('today').description('what to do next: overdue, due today and coming up'),
  )
    .option('--as-of <date>', 'the day (YYYY-MM-DD) or instant to compute the agenda for')
    .option(
      '--time-zone <zone>',
      'an IANA time zone, e.g. Europe/Berlin (default: the one in your settings)',
    )
    .option('--json', 'print {"actions":[…]} as GET /api/today does')
    .action(
      async (options: { asOf?: string; timeZone?: string; json?: boolean }, command: Command) => {
        // Loaded here, so other commands start without the holiday tables of every country.
        const { getToday } = await import('#services/today.service');
        const agenda = await withContext(deps, command, (ctx) =>
          getToday(ctx, {
            ...(options.asOf ? { asOf: options.asOf } : {}),
            ...(options.timeZone ? { timeZone: options.timeZone } : {}),
          }),
        );
        if (options.json) return printJson(deps, agenda);
        if (agenda.actions.length === 0) {
          deps.stdout('Nothing to do: no follow-ups, thank-yous or check-ins are due.\n');
          return;
        }
        const lines: string[] = [];
        for (const [status, title] of SECTIONS) {
          const actions = agenda.actions.filter((action) => action.status === status);
          if (actions.length === 0) continue;
          lines.push(`${title}:`, ...actions.map(describe), '');
        }
        deps.stdout(lines.join('\n'));
      },
    );
}

function describe(action: AgendaAction): string {
  return `  ${action.due}  ${action.reason}\n              (${action.kind}, id ${action.id})`;
}
