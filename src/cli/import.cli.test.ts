import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page, Person } from '#core/person';
import { cliRunner } from '#testing/cli';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const connections = path.join(fixtures, 'linkedin/Connections_2024-10_notes-preamble.csv');

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-import-')), name);
  fs.writeFileSync(file, content);
  return file;
}

type Summary = {
  format: string;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: { line: number; reason: string }[];
};

describe('wayfinder import', () => {
  test('without --yes and without a terminal it previews only', async () => {
    const { run } = cliRunner();
    const preview = await run('import', connections, '--json');
    expect(preview.code).toBe(0);
    const summary = preview.json<Summary>();
    expect(Object.keys(summary)).toEqual([
      'format',
      'read',
      'created',
      'updated',
      'unchanged',
      'duplicates',
      'skipped',
    ]);
    expect(summary).toMatchObject({ format: 'linkedin', updated: 0, unchanged: 0 });
    expect(summary.created).toBeGreaterThan(15);
    expect(preview.stderr).toMatch(/--yes/);
    expect((await run('people', 'list', '--json')).json<Page<Person>>().items).toHaveLength(0);
  });

  test('--dry-run reports the same numbers and writes nothing; --yes imports; a second run changes nothing', async () => {
    const { run } = cliRunner();
    const dry = (await run('import', connections, '--dry-run', '--json')).json<Summary>();
    const done = await run('import', connections, '--yes', '--json');
    expect(done.json<Summary>()).toEqual(dry);
    const again = await run('import', connections, '--yes', '--json');
    expect(again.json<Summary>()).toMatchObject({ created: 0, updated: 0, unchanged: dry.created });
    const listed = (await run('people', 'list', '--q', 'hallbeck', '--json')).json<Page<Person>>();
    expect(listed.items[0]).toMatchObject({
      name: 'Joe Hallbeck',
      organization: 'Cakewalk',
      connectedOn: '2024-10-09',
    });
  });

  test('prints a readable preview with skipped lines', async () => {
    const { run } = cliRunner();
    const result = await run('import', connections, '--dry-run');
    expect(result.stdout).toMatch(/^LinkedIn connections file .*: \d+ records read/);
    expect(result.stdout).toMatch(/\d+ new people/);
    expect(result.stdout).toMatch(/line \d+: /);
  });

  test('an unreadable file gets one clear line on stderr and a non-zero exit', async () => {
    const { run } = cliRunner();
    for (const [file, message] of [
      ['/nonexistent/Connections.csv', /no such file/],
      [
        tempFile(
          'photo.csv',
          Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
        ),
        /./,
      ],
      [tempFile('things.csv', 'colour,size\nred,big\n'), /./],
    ] as const) {
      const result = await run('import', file, '--yes');
      expect(result.code, file).not.toBe(0);
      expect(result.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });
});

describe('wayfinder export people', () => {
  test('writes vCard and CSV that import back as the same people', async () => {
    const { run } = cliRunner();
    await run(
      'people',
      'add',
      '--name',
      'Zoë Martin',
      '--org',
      'Northwind',
      '--title',
      'Nurse',
      '--email',
      'zoe@northwind.example',
      '--tag',
      'warm',
      '--notes',
      'Likes, commas; and "quotes"',
    );
    for (const format of ['vcard', 'csv']) {
      const out = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-export-')),
        `people.${format}`,
      );
      const exported = await run('export', 'people', '--format', format, '--out', out);
      expect(exported.stderr).toBe(`Wrote 1 person to ${out}\n`);
      const fresh = cliRunner();
      expect((await fresh.run('import', out, '--yes', '--json')).json<Summary>()).toMatchObject({
        created: 1,
        skipped: [],
      });
      const [copy] = (await fresh.run('people', 'list', '--json')).json<Page<Person>>().items;
      expect(copy).toMatchObject({
        name: 'Zoë Martin',
        organization: 'Northwind',
        title: 'Nurse',
        emails: ['zoe@northwind.example'],
        tags: ['warm'],
        notes: 'Likes, commas; and "quotes"',
      });
    }
  });
});
