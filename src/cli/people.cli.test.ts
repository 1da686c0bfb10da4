import { describe, expect, test } from 'vitest';
import { cliRunner, cliRunnerWithEnv } from '#testing/cli';
import type { Page, Person, PersonDetail } from '#core/person';

describe('wayfinder people', () => {
  test('adds a person and lists the same objects as the API with --json', async () => {
    const { run } = cliRunner();
    const added = await run(
      'people',
      'add',
      '--name',
      'Ana Lima',
      '--org',
      'Acme Inc.',
      '--email',
      'ana@acme.example',
      '--email',
      'ana@home.example',
      '--tag',
      'ux',
      '--json',
    );
    expect(added.code).toBe(0);
    const ana = added.json<Person>();
    expect(ana).toMatchObject({
      name: 'Ana Lima',
      organization: 'Acme Inc.',
      emails: ['ana@acme.example', 'ana@home.example'],
      tags: ['ux'],
      version: 1,
    });

    const listed = await run('people', 'list', '--q', 'acme', '--json');
    expect(listed.json<Page<Person>>()).toEqual({ items: [ana], nextCursor: null });
  });

  test('prints a readable table and a next-page hint', async () => {
    const { run } = cliRunner();
    for (const name of ['Cleo', 'Ana', 'Ben']) await run('people', 'add', '--name', name);
    const listed = await run('people', 'list', '--limit', '2');
    expect(listed.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+ORGANIZATION/);
    expect(listed.stdout).toMatch(/Ana[\s\S]*Ben/);
    expect(listed.stdout).not.toContain('Cleo');
    expect(listed.stdout).toMatch(/More: --cursor \S+/);
  });

  test('shows, edits, archives and restores a person', async () => {
    const { run } = cliRunner();
    const maria = (await run('people', 'add', '--name', 'Maria Lopez', '--json')).json<Person>();
    const ben = (
      await run('people', 'add', '--name', 'Ben', '--introduced-by', String(maria.id), '--json')
    ).json<Person>();
    const shown = await run('people', 'show', String(maria.id), '--json');
    expect(shown.json<PersonDetail>().introduced).toEqual([{ id: ben.id, name: 'Ben' }]);
    expect((await run('people', 'show', String(ben.id))).stdout).toMatch(
      /introduced by\s+Maria Lopez/,
    );

    const edited = await run('people', 'edit', String(ben.id), '--title', 'Paramedic', '--json');
    expect(edited.json<Person>()).toMatchObject({ title: 'Paramedic', version: 2 });
    const stale = await run('people', 'edit', String(ben.id), '--title', 'x', '--version', '1');
    expect(stale.code).toBe(4);
    expect(stale.stderr).toMatch(/changed elsewhere/);

    expect((await run('people', 'archive', String(ben.id))).code).toBe(0);
    expect(
      (await run('people', 'list', '--json')).json<Page<Person>>().items.map((p) => p.name),
    ).toEqual(['Maria Lopez']);
    expect((await run('people', 'restore', String(ben.id))).code).toBe(0);
    expect((await run('people', 'list', '--json')).json<Page<Person>>().items).toHaveLength(2);
  });

  test('explains bad input on stderr with a non-zero exit code and changes nothing', async () => {
    const { run } = cliRunner();
    const bad = await run('people', 'add', '--name', 'X', '--email', 'not-an-email');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*emails\.0: must be an email/);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect((await run('people', 'list', '--json')).json<Page<Person>>().items).toHaveLength(0);

    const missing = await run('people', 'show', '42');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe('error: No person with id 42\n');

    const usage = await run('people', 'add');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--name/);

    const refusedDelete = await run('people', 'delete', '1');
    expect(refusedDelete.code).toBe(2);
    expect(refusedDelete.stderr).toMatch(/--yes/);
  });

  test('keeps each data folder separate', async () => {
    const first = cliRunner();
    const second = cliRunner();
    await first.run('people', 'add', '--name', 'Only Here');
    expect((await second.run('people', 'list', '--json')).json<Page<Person>>().items).toHaveLength(
      0,
    );
  });
});

describe('wayfinder orgs', () => {
  test('lists organizations with people counts', async () => {
    const { run } = cliRunner();
    await run('people', 'add', '--name', 'A', '--org', 'Initech LLC');
    await run('people', 'add', '--name', 'B', '--org', 'initech');
    const listed = await run('orgs', 'list', '--json');
    expect(listed.json<Page<{ name: string; peopleCount: number }>>().items).toEqual([
      expect.objectContaining({ name: 'Initech LLC', peopleCount: 2 }),
    ]);
    expect((await run('orgs', 'list')).stdout).toMatch(/Initech LLC\s+2/);
  });
});

describe('wayfinder with an unreachable database', () => {
  test('says which database it could not use, and exits with "unavailable"', async () => {
    const { run } = cliRunnerWithEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing' });
    const result = await run('people', 'list');
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(
      /^error: cannot use the PostgreSQL database in DATABASE_URL .*ECONNREFUSED/,
    );
  });
});

describe('wayfinder serve', () => {
  test('refuses to listen beyond this machine unless told it is wanted', async () => {
    const { run } = cliRunner();
    const refused = await run('serve', '--host', '0.0.0.0', '--port', '0');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no sign-in yet.*--allow-remote/);
  });
});
