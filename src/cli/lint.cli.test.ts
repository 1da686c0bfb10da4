import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixedClock } from '#core/clock';
import { resolveConfig } from '#services/config';
import { silentLogger } from '#services/context';
import { copyPlaybook, updatePlaybook } from '#services/playbook.service';
import { updateSettings } from '#services/settings.service';
import { openContext } from '#services/startup';
import { openDatabase } from '#store/database';
import { allMigrations, migrateToLatest } from '#store/migrate';
import { cliRunner, cliRunnerWithEnv } from '#testing/cli';

const GOOD = `Hi Ana,

Maria Lopez suggested I reach out. I'm exploring a move into UX research and would love to hear how you started at Acme. Would you have 15 minutes for a call next week?

Best,
João`;

const JOB_ASK = `Hi Ana,

Maria Lopez suggested I reach out. I'm exploring UX research.
I've attached my résumé. Would you have 15 minutes next week?`;

function draftFile(content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-lint-')), 'draft.txt');
  fs.writeFileSync(file, content);
  return file;
}

type Findings = {
  findings: {
    rule: string;
    severity: string;
    message: string;
    start: number;
    end: number;
    suggestion: string;
  }[];
};

describe('wayfinder lint', () => {
  test('a draft that follows the playbook passes with a plain confirmation', async () => {
    const { run } = cliRunner();
    const result = await run('lint', draftFile(GOOD));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('No findings: this request follows the playbook.\n');
  });

  test('an error makes it exit 1 and says where, what and how to fix it', async () => {
    const { run } = cliRunner();
    const result = await run('lint', draftFile(JOB_ASK));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^4:1 +error +no-job-ask$/m);
    expect(result.stdout).toMatch(/Try: Remove “I've attached my résumé”/);
    expect(result.stdout).toMatch(/1 error.*\(playbook two-hour-job-search\)\n$/);
  });

  test('--json prints exactly the contract, with offsets into the text', async () => {
    const { runWithStdin } = cliRunner();
    const result = await runWithStdin(JOB_ASK, 'lint', '-', '--json');
    expect(result.code).toBe(1);
    const { findings } = result.json<Findings>();
    expect(Object.keys(result.json<object>())).toEqual(['findings']);
    expect(Object.keys(findings[0]!)).toEqual([
      'rule',
      'severity',
      'message',
      'start',
      'end',
      'suggestion',
    ]);
    const jobAsk = findings.find((finding) => finding.rule === 'no-job-ask')!;
    expect(JOB_ASK.slice(jobAsk.start, jobAsk.end)).toBe("I've attached my résumé");
  });

  test('warnings alone exit 0', async () => {
    const { runWithStdin } = cliRunner();
    const noTime = GOOD.replace('15 minutes for a call', 'time to chat');
    const result = await runWithStdin(noTime, 'lint', '--json');
    expect(result.code).toBe(0);
    expect(result.json<Findings>().findings.map((f) => [f.rule, f.severity])).toEqual([
      ['time-ask', 'warning'],
    ]);
  });

  test('reads standard input when no file is named', async () => {
    const { runWithStdin } = cliRunner();
    expect((await runWithStdin(GOOD, 'lint')).stdout).toMatch(/^No findings/);
  });

  test('the playbook decides the word limit', async () => {
    const { runWithStdin } = cliRunner();
    const long = GOOD.replace(
      'Would you',
      `${'I have enjoyed your writing for a long time. '.repeat(6)}Would you`,
    );
    expect((await runWithStdin(long, 'lint', '--json')).json<Findings>().findings[0]?.rule).toBe(
      'word-limit',
    );
    const centre = await runWithStdin(long, 'lint', '--playbook', 'career-centre', '--json');
    expect(centre.json<Findings>().findings.map((f) => f.rule)).not.toContain('word-limit');
  });

  test('--channel linkedin_note checks the character limit', async () => {
    const { runWithStdin } = cliRunner();
    const note = `${GOOD.split('\n\n')[1]} ${'I admire your work on accessible research methods. '.repeat(3)}`;
    const result = await runWithStdin(note, 'lint', '--channel', 'linkedin_note', '--json');
    expect(result.code).toBe(1);
    expect(result.json<Findings>().findings.map((f) => f.rule)).toContain('note-length');
  });

  test('an unknown playbook is a usage error naming the ones there are', async () => {
    const { runWithStdin } = cliRunner();
    const result = await runWithStdin(GOOD, 'lint', '--playbook', 'nope');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: There is no playbook "nope"; the playbooks are two-hour-job-search, career-centre.\n',
    );
  });

  test("a copy of the user's applies when named, and by default once it is active", async () => {
    const { runWithStdin, dataDir } = cliRunner();
    const ctx = await openContext(
      resolveConfig({ WAYFINDER_DATA: dataDir }),
      fixedClock('2026-03-02T09:00:00.000Z'),
      silentLogger,
    );
    const copy = await copyPlaybook(ctx, { copyOf: 'career-centre', name: 'Terse' });
    await updatePlaybook(ctx, copy.id, { outreach: { wordLimit: 20 } });
    const rules = async (...args: string[]) =>
      (await runWithStdin(GOOD, 'lint', ...args, '--json'))
        .json<Findings>()
        .findings.map((f) => f.rule);
    expect(await rules('--playbook', 'terse')).toContain('word-limit');
    expect(await rules()).not.toContain('word-limit');
    await updateSettings(ctx, { playbookId: 'terse' });
    await ctx.db.close();
    expect(await rules()).toContain('word-limit');
  });

  describe('never creates or upgrades a database', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    test('on a fresh machine it checks with the default playbook and leaves no files', async () => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-home-'));
      // env-paths puts the default data folder under XDG_DATA_HOME.
      vi.stubEnv('XDG_DATA_HOME', home);
      const { runWithStdin, dataDir } = cliRunnerWithEnv({});
      const long = GOOD.replace('Would you', `${'I admire your work. '.repeat(20)}Would you`);
      const result = await runWithStdin(long, 'lint');
      expect(result.stdout).toMatch(/word-limit[\s\S]*\(playbook two-hour-job-search\)\n$/);
      expect(result.stderr).toBe('');
      expect(fs.readdirSync(home)).toEqual([]);
      // Where the runner's injected openContext would have put a database.
      expect(fs.readdirSync(dataDir)).toEqual([]);
    });

    test('--data naming a folder that does not exist stays that way', async () => {
      const data = path.join(os.tmpdir(), `wayfinder-lint-none-${process.pid}-${Date.now()}`);
      const { runWithStdin } = cliRunner();
      expect(await runWithStdin(GOOD, 'lint', '--data', data)).toMatchObject({ code: 0 });
      const named = await runWithStdin(GOOD, 'lint', '--data', data, '--playbook', 'terse');
      expect(named.code).toBe(2);
      expect(named.stderr).toMatch(/the playbooks are two-hour-job-search, career-centre/);
      expect(fs.existsSync(data)).toBe(false);
    });

    test('an older database is read as it is: the built-ins apply, with a note', async () => {
      const { runWithStdin, dataDir } = cliRunner();
      const file = path.join(dataDir, 'wayfinder.db');
      const old = openDatabase({ kind: 'sqlite', file });
      const [first] = Object.entries(allMigrations('sqlite'));
      await migrateToLatest(old, new Date('2026-03-02T09:00:00Z'), Object.fromEntries([first!]));
      await old.close();
      const before = fs.readFileSync(file);

      const result = await runWithStdin(GOOD, 'lint');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^No findings/);
      expect(result.stderr).toMatch(/^note: your database is older than this version .*\n$/);
      const copy = await runWithStdin(GOOD, 'lint', '--playbook', 'terse');
      expect(copy.code).toBe(2);
      expect(copy.stderr).toMatch(/older than this version of Wayfinder\. Run any other/);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('backups'))).toEqual([]);
    });
  });

  test('an unknown channel is a usage error', async () => {
    const { runWithStdin } = cliRunner();
    const result = await runWithStdin(GOOD, 'lint', '--channel', 'fax');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fax/);
  });

  test('a file that cannot be read is one clear line and exit 2', async () => {
    const { run } = cliRunner();
    const missing = path.join(os.tmpdir(), 'wayfinder-no-such-draft.txt');
    const result = await run('lint', missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `error: Cannot read ${missing}: there is no such file. Check the path and try again.\n`,
    );
    const folder = await run('lint', os.tmpdir());
    expect(folder).toMatchObject({ code: 2 });
    expect(folder.stderr).toMatch(/it is a folder/);
  });
});
