import { afterEach, describe, expect, test } from 'vitest';
import { fixedClock } from '#core/clock';
import { resolveConfig } from '#services/config';
import { silentLogger, type ServiceContext } from '#services/context';
import { createInterview } from '#services/interview.service';
import { recordMessage } from '#services/message.service';
import { createPerson } from '#services/person.service';
import { updateSettings } from '#services/settings.service';
import { openContext } from '#services/startup';
import { cliRunner } from '#testing/cli';

describe('wayfinder today', () => {
  const opened: ServiceContext[] = [];
  afterEach(async () => {
    for (const ctx of opened.splice(0)) await ctx.db.close();
  });

  /** A request sent on Monday 2 March 2026 to someone at an organization where a second person works. */
  async function seeded() {
    const runner = cliRunner();
    const ctx = await openContext(
      resolveConfig({ WAYFINDER_DATA: runner.dataDir }),
      fixedClock('2026-03-02T09:00:00.000Z'),
      silentLogger,
    );
    opened.push(ctx);
    const ana = await createPerson(ctx, { name: 'Ana Silva', organization: 'Acme Health' });
    await createPerson(ctx, { name: 'Bo Chen', organization: 'Acme Health' });
    const interview = await createInterview(ctx, { personId: ana.id });
    await recordMessage(ctx, interview.id, { kind: 'request', channel: 'email', body: 'Hello' });
    await ctx.db.close();
    opened.pop();
    return { ...runner, ana, interview };
  }

  test('prints the agenda as JSON, exactly {"actions":[…]}, as of a given day', async () => {
    const { run, ana, interview } = await seeded();
    const result = await run('today', '--as-of', '2026-03-05', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const agenda = result.json<{ actions: Record<string, unknown>[] }>();
    expect(Object.keys(agenda)).toEqual(['actions']);
    expect(agenda.actions.map((a) => [a.kind, a.due, a.status])).toEqual([
      ['ask_second_person', '2026-03-05', 'today'],
      ['follow_up', '2026-03-11', 'upcoming'],
      ['mark_no_reply', '2026-03-18', 'upcoming'],
    ]);
    expect(agenda.actions[1]).toMatchObject({
      id: `follow_up:${interview.id}:2026-03-02:7`,
      interviewId: interview.id,
      personId: ana.id,
      reason: expect.stringContaining('follow-up') as unknown,
    });
  });

  test('prints overdue and coming-up sections for a person reading the terminal', async () => {
    const { run } = await seeded();
    const result = await run('today', '--as-of', '2026-03-12', '--time-zone', 'America/Chicago');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Overdue:\n {2}2026-03-05 .*Bo Chen/);
    expect(result.stdout).toContain('Coming up:\n  2026-03-18');
  });

  test('counts days in the time zone of the settings when none is given', async () => {
    const { run, dataDir, interview } = await seeded();
    const ctx = await openContext(
      resolveConfig({ WAYFINDER_DATA: dataDir }),
      fixedClock('2026-03-02T09:00:00.000Z'),
      silentLogger,
    );
    // 09:00 UTC on Monday is still Sunday evening in Honolulu.
    await updateSettings(ctx, { timeZone: 'Pacific/Honolulu' });
    await ctx.db.close();
    const ids = async (...args: string[]) =>
      (await run('today', '--as-of', '2026-03-05', '--json', ...args))
        .json<{ actions: { id: string }[] }>()
        .actions.map((action) => action.id);
    expect(await ids()).toContain(`follow_up:${interview.id}:2026-03-01:7`);
    expect(await ids('--time-zone', 'UTC')).toContain(`follow_up:${interview.id}:2026-03-02:7`);
  });

  test('explains an unknown time zone in one line and exits with the usage code', async () => {
    const { run } = await seeded();
    const result = await run('today', '--time-zone', 'Mars/Olympus');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: Unknown time zone "Mars\/Olympus"/);
  });

  test('names a bad option as it was typed, with what to write instead', async () => {
    const { run } = cliRunner();
    const result = await run('today', '--as-of', '2026-03-02T09:00');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: Invalid agenda query — --as-of: a day written YYYY-MM-DD, or an instant with its offset/,
    );
  });

  test('says there is nothing to do on an empty network', async () => {
    const { run } = cliRunner();
    const result = await run('today');
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Nothing to do/) as unknown,
    });
  });
});
