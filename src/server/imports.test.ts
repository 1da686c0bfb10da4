import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dropTestSchemas, testDatabases } from '#testing/databases';
import { eachTestApp, openTestApp, TEST_ORIGIN as ORIGIN, type TestApp } from '#testing/http';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const connections = new Uint8Array(
  fs.readFileSync(path.join(fixtures, 'linkedin/Connections_2024-10_notes-preamble.csv')),
);

afterAll(dropTestSchemas);

describe.each(testDatabases)('import and export over HTTP on $name', (database) => {
  let app: TestApp;
  eachTestApp(database, (opened) => ({ app } = opened));

  const upload = (
    pathAndQuery: string,
    body: Uint8Array<ArrayBuffer>,
    headers: Record<string, string> = {},
  ) =>
    app.request(`${ORIGIN}${pathAndQuery}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body: new Blob([body]),
    });

  test('previews, then imports a LinkedIn export; the preview writes nothing', async () => {
    const preview = await upload('/api/imports/preview?fileName=Connections.csv', connections);
    expect(preview.status).toBe(200);
    const planned = (await preview.json()) as { format: string; created: number; dryRun: boolean };
    expect(planned).toMatchObject({ format: 'linkedin', dryRun: true });
    expect(await (await app.request(`${ORIGIN}/api/summary`)).json()).toMatchObject({ people: 0 });

    const imported = await upload('/api/imports', connections);
    expect(await imported.json()).toMatchObject({ created: planned.created, dryRun: false });
    expect(await (await app.request(`${ORIGIN}/api/summary`)).json()).toMatchObject({
      people: planned.created,
    });
  });

  test('explains a file it cannot read, and refuses one from another site', async () => {
    const garbage = await upload(
      '/api/imports',
      new TextEncoder().encode('colour,size\nred,big\n'),
    );
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { error: { message: string } }).error.message).toMatch(
      /column|header/i,
    );
    const foreign = await upload('/api/imports', connections, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await (await app.request(`${ORIGIN}/api/summary`)).json()).toMatchObject({ people: 0 });
  });

  test('accepts files above the JSON body limit but refuses oversized ones', async () => {
    const padded = new Uint8Array(connections.length + 2 * 1024 * 1024);
    padded.set(connections);
    padded.fill(0x0a, connections.length);
    expect((await upload('/api/imports/preview', padded)).status).toBe(200);
    expect((await upload('/api/imports/preview', new Uint8Array(21 * 1024 * 1024))).status).toBe(
      413,
    );
  });

  test('exports everyone as vCard and CSV downloads', async () => {
    await app.request(`${ORIGIN}/api/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Zoë Martin',
        organization: 'Northwind',
        notes: 'likes, commas; and\nnewlines',
      }),
    });
    const vcard = await app.request(`${ORIGIN}/api/exports/people?format=vcard`);
    expect(vcard.headers.get('content-type')).toMatch(/text\/vcard/);
    expect(vcard.headers.get('content-disposition')).toMatch(
      /attachment; filename="wayfinder-people-\d{4}-\d{2}-\d{2}\.vcf"/,
    );
    const card = await vcard.text();
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(card).toContain('FN:Zoë Martin');
    const csv = await app.request(`${ORIGIN}/api/exports/people?format=csv`);
    expect(await csv.text()).toContain('Zoë Martin');
    expect((await app.request(`${ORIGIN}/api/exports/people?format=pdf`)).status).toBe(400);
  });
});

describe.each(testDatabases)('duplicates over HTTP on $name', (database) => {
  test('lists a duplicate pair, merges it and undoes the merge', async () => {
    const { ctx, app } = await openTestApp(database);
    const json = async (path: string, body?: unknown) => {
      const response = await app.request(
        `${ORIGIN}${path}`,
        body === undefined
          ? {}
          : {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            },
      );
      return {
        status: response.status,
        body: (response.status === 204 ? null : await response.json()) as never,
      };
    };
    const a = (await json('/api/people', { name: 'Ana Lima', emails: ['ana@acme.example'] }))
      .body as { id: number; version: number };
    const b = (
      await json('/api/people', { name: 'Ana L.', emails: ['ANA@acme.example'], title: 'Nurse' })
    ).body as { id: number; version: number };
    const found = await json('/api/duplicates');
    expect(found.body).toMatchObject({
      total: 1,
      items: [{ reasons: [{ kind: 'email', value: 'ana@acme.example' }] }],
    });
    const merged = await json('/api/merges', {
      keepId: a.id,
      keepVersion: a.version,
      otherId: b.id,
      otherVersion: b.version,
    });
    expect(merged).toMatchObject({
      status: 201,
      body: { person: { name: 'Ana Lima', title: 'Nurse' } },
    });
    const undone = await json(
      `/api/merges/${(merged.body as { mergeId: number }).mergeId}/undo`,
      {},
    );
    expect(undone).toMatchObject({ status: 200, body: { restored: { id: b.id, title: 'Nurse' } } });
    expect((await json('/api/merges/999/undo', {})).status).toBe(404);
    await ctx.db.close();
  });
});

describe.each(testDatabases)('targets over HTTP on $name', (database) => {
  test('creates a target, ranks it and answers who I know there', async () => {
    const { ctx, app } = await openTestApp(database);
    const send = (method: string, path: string, body?: unknown) =>
      app.request(`${ORIGIN}${path}`, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
    const ana = (await (
      await send('POST', '/api/people', {
        name: 'Ana',
        organization: 'Acme',
        relationship: 'friend',
      })
    ).json()) as { organizationId: number };
    const created = await send('POST', '/api/targets', {
      kind: 'organization',
      organizationId: ana.organizationId,
      motivation: 5,
      posting: 2,
    });
    expect(created.status).toBe(201);
    expect(await (await send('GET', '/api/targets')).json()).toMatchObject({
      items: [{ label: 'Acme', advocacy: 1, rank: 1, top: true }],
    });
    const who = await send('GET', `/api/who-do-i-know?organizationId=${ana.organizationId}`);
    expect(await who.json()).toMatchObject({
      organization: { name: 'Acme' },
      people: [{ name: 'Ana' }],
      introducers: [],
    });
    expect((await send('GET', '/api/who-do-i-know')).status).toBe(400);
    expect((await send('POST', '/api/targets', { kind: 'role', motivation: 3 })).status).toBe(400);
    await ctx.db.close();
  });
});
