import type { InterviewStage } from '#core/interview';
import { sql } from 'kysely';
import type { DatabaseHandle, DatabaseLocation, Executor } from '#store/database';
import { chunks } from '#store/chunks';
import { withWriteTransaction } from '#store/database';
import { refreshPlannerStatistics } from '#store/database';
import { createPeople } from '#services/person.service';
import { createApp } from '#server/app';
import { AGENDA_FIRST_SHOWN } from '#core/interview-view';
import { generatePeople } from '#testing/people-generator';
import {
  BENCH_ORIGIN,
  collectGarbage,
  httpClient,
  openBenchContext,
  rawRunner,
  startServerProcess,
} from './harness';
import { ms, time, type Row, type Timing } from './stats';

export const AGENDA_SIZE = { people: 30_000, interviews: 5_000, timeline: 20_000 };
export const AS_OF = '2026-03-02T09:00:00.000Z';
const DAY = 86_400_000;

/**
 * Two years of a busy search: interviews started evenly over 730 days. Older ones have ended
 * (mostly closed after a conversation); the last six weeks hold the ones still in flight.
 */
const SETTLED_MIX: [InterviewStage, number][] = [
  ['closed', 0.55],
  ['no_reply', 0.25],
  ['declined', 0.12],
  ['cancelled', 0.08],
];
const RECENT_MIX: [InterviewStage, number][] = [
  ['idea', 0.2],
  ['asked', 0.35],
  ['agreed', 0.1],
  ['scheduled', 0.1],
  ['held', 0.15],
  ['closed', 0.1],
];
const RECENT_DAYS = 42;
const RUNS = 400;
const WARMUP = 40;
const HISTORY_DAYS = 730;

/**
 * Seeds the network, then times GET /api/today on the real server over a 127.0.0.1 socket, the
 * whole agenda (as the API and CLI give it) and the Today page's request, against the raw SQL
 * they run.
 */
export async function benchToday(location: DatabaseLocation, label: string) {
  const { ctx, captured } = await openBenchContext(location, AS_OF);
  const seedStart = performance.now();
  const ids = await createPeople(ctx, generatePeople(AGENDA_SIZE.people));
  await withWriteTransaction(ctx.db, (tx) => seedInterviews(tx, ctx.userId, ids));
  await settle(ctx.db);
  const seedMs = performance.now() - seedStart;
  const path = '/api/today?asOf=2026-03-02&timeZone=Europe/Berlin';
  let actions = 0;
  const kinds: Record<string, number> = {};
  const statements = await captured(async (observed) => {
    const observedApp = createApp(observed, { webRoot: null, version: 'bench' });
    const response = await observedApp.request(`${BENCH_ORIGIN}${path}`);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    const agenda = (await response.json()) as { actions: { kind: string; status: string }[] };
    actions = agenda.actions.length;
    for (const action of agenda.actions) {
      const key = `${action.kind} ${action.status}`;
      kinds[key] = (kinds[key] ?? 0) + 1;
    }
  });
  // What the Today page asks for: the first actions of each group, every one counted.
  const pagePath = `${path}&limit=${AGENDA_FIRST_SHOWN}`;
  const pageStatements = await captured(async (observed) => {
    const observedApp = createApp(observed, { webRoot: null, version: 'bench' });
    const response = await observedApp.request(`${BENCH_ORIGIN}${pagePath}`);
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
  });
  // The server runs in its own process, as `wayfinder serve` does: the seeding's heap and the
  // client's work stay out of its measurements.
  await ctx.db.close();
  // The client's own garbage from seeding would otherwise be collected in the middle of the
  // timed requests and counted as the server's latency.
  collectGarbage();
  const server = await startServerProcess(location);
  const client = httpClient(server.url);
  const raw = await rawRunner(location).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const timeGet = async (pathname: string) => {
    const cpuBefore = server.cpuMs();
    const timing = await time(
      async () => {
        const { status } = await client.get(pathname);
        if (status !== 200) throw new Error(`${pathname} answered ${status}`);
      },
      RUNS,
      WARMUP,
    );
    return { ...timing, serverCpuMs: (server.cpuMs() - cpuBefore) / (RUNS + WARMUP) };
  };
  // The baseline prepares on PostgreSQL what the server prepares (records 0015 and 0016).
  const measured = async () => {
    const api = await timeGet(path);
    const page = await timeGet(pagePath);
    const base = await time(() => raw.run(statements), RUNS);
    const pageBase = await time(() => raw.run(pageStatements), RUNS);
    return { api, page, base, pageBase };
  };
  const { api, page, base, pageBase } = await measured().finally(async () => {
    await raw.close();
    client.close();
    await server.close();
  });
  const rowFor = (
    name: string,
    timing: Timing & { serverCpuMs: number },
    sql: Timing,
    queries: number,
  ): Row => ({
    name: `${label} ${name} p99`,
    figure: `${ms(timing.p99)} (p50 ${ms(timing.p50)})`,
    baseline: `raw SQL ${ms(sql.p99)} (p50 ${ms(sql.p50)}), ${queries} queries; server CPU ${ms(timing.serverCpuMs)}/request`,
    ratio: `${(timing.p50 / sql.p50).toFixed(2)}× p50`,
    target: 'p99 ≤ 20 ms',
    ok: timing.p99 <= 20,
  });
  return {
    rows: [
      rowFor(`Today, all ${actions.toLocaleString('en')} actions`, api, base, statements.length),
      rowFor(
        `Today page (first ${AGENDA_FIRST_SHOWN} of each group)`,
        page,
        pageBase,
        pageStatements.length,
      ),
    ],
    details: {
      seedMs,
      actions,
      kinds,
      statements: statements.length,
      pageStatements: pageStatements.length,
      api,
      page,
      raw: base,
      pageRaw: pageBase,
    },
  };
}

/**
 * After seeding, the state a live database reaches on its own: fresh planner statistics; on
 * PostgreSQL what autovacuum does soon after a bulk change (dead row versions left by the
 * triggers' updates cleaned, the visibility map set for index-only scans) and the checkpoint
 * that follows it, which would otherwise write the seeding out in the middle of the timed
 * requests; on SQLite the write-ahead log folded back into the file.
 */
async function settle(db: DatabaseHandle) {
  await refreshPlannerStatistics(db);
  if (db.dialect === 'postgres') {
    await sql`vacuum analyze person, organization, interview, interaction, message`.execute(
      db.kysely,
    );
    await sql`checkpoint`.execute(db.kysely);
  } else {
    db.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
  }
}

/** A small deterministic generator, so every run measures the same network. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function seedInterviews(tx: Executor, ownerId: number, personIds: number[]) {
  const next = random(7);
  const instant = (daysAgo: number) =>
    new Date(Date.parse(AS_OF) - daysAgo * DAY - Math.floor(next() * 8) * 3_600_000).toISOString();
  const pick = (mix: [InterviewStage, number][]) => {
    let roll = next();
    for (const [stage, share] of mix) if ((roll -= share) < 0) return stage;
    return mix[0]![0];
  };
  const lifecycle: { stage: InterviewStage; sent: number; answered: number; talked: number }[] = [];
  const interviews = Array.from({ length: AGENDA_SIZE.interviews }, (_, i) => {
    const startedDaysAgo = Math.floor(next() * HISTORY_DAYS);
    const recent = startedDaysAgo <= RECENT_DAYS;
    const stage = pick(recent ? RECENT_MIX : SETTLED_MIX);
    const asked = stage !== 'idea';
    const agreed = ['agreed', 'scheduled', 'held', 'closed'].includes(stage);
    const held = stage === 'held' || stage === 'closed';
    // Requests go out a day after the idea; answers come within a week; talks a week later.
    const sent = Math.max(1, startedDaysAgo - 1);
    const answered = Math.max(0, sent - 1 - Math.floor(next() * 6));
    const talked = Math.max(0, answered - 7);
    lifecycle.push({ stage, sent, answered, talked });
    return {
      owner_id: ownerId,
      version: 1,
      person_id: personIds[(i * 6) % personIds.length]!,
      introduced_by_id: next() < 0.4 ? personIds[(i * 6 + 1) % personIds.length]! : null,
      stage,
      playbook_id: next() < 0.8 ? 'two-hour-job-search' : 'career-centre',
      request_sent_at: asked ? instant(sent) : null,
      agreed_at: agreed ? instant(answered) : null,
      scheduled_for: stage === 'scheduled' ? instant(-1 - Math.floor(next() * 10)) : null,
      held_at: held ? instant(talked) : null,
      thank_you_sent_at: stage === 'closed' ? instant(Math.max(0, talked - 1)) : null,
      introducer_thanked_at: null,
      questions_sent_at: agreed && next() < 0.7 ? instant(answered) : null,
      last_reply_at: agreed || stage === 'declined' ? instant(answered) : null,
      created_at: instant(startedDaysAgo),
      updated_at: instant(Math.max(0, talked)),
    };
  });
  const interviewIds: { id: number; person_id: number }[] = [];
  for (const batch of chunks(interviews, 200)) {
    interviewIds.push(
      ...(await tx.kysely
        .insertInto('interview')
        .values(batch)
        .returning(['id', 'person_id'])
        .execute()),
    );
  }
  // The timeline follows each interview: the request, the answer, the conversation and the
  // thank-you; the rest are keep-in-touch notes of an engaged user, each within the last eight
  // weeks, so reminders come due spread over the weeks ahead rather than all at once.
  type Entry = { interviewId: number; personId: number; kind: string; daysAgo: number };
  const sentMessages: Entry[] = [];
  const interactions: Entry[] = [];
  interviewIds.forEach(({ id, person_id }, i) => {
    const { stage, sent, answered, talked } = lifecycle[i]!;
    const entry = (kind: string, daysAgo: number) => ({
      interviewId: id,
      personId: person_id,
      kind,
      daysAgo,
    });
    if (stage === 'idea') return;
    sentMessages.push(entry('request', sent));
    interactions.push(entry('message_sent', sent));
    if (stage === 'asked' || stage === 'no_reply') return;
    interactions.push(entry('message_received', answered));
    if (stage !== 'held' && stage !== 'closed') return;
    interactions.push(entry('meeting', talked));
    if (stage === 'closed') sentMessages.push(entry('thank_you', Math.max(0, talked - 1)));
  });
  const talkedWith = interviewIds.filter((_, i) =>
    ['held', 'closed'].includes(lifecycle[i]!.stage),
  );
  for (let i = 0; sentMessages.length + interactions.length < AGENDA_SIZE.timeline; i += 1) {
    const { id, person_id } = talkedWith[i % talkedWith.length]!;
    interactions.push({
      interviewId: id,
      personId: person_id,
      kind: 'note',
      daysAgo: Math.floor(next() * 56),
    });
  }
  const messages = sentMessages.map((m) => ({
    owner_id: ownerId,
    interview_id: m.interviewId,
    person_id: m.personId,
    kind: m.kind,
    channel: 'email',
    subject: 'Twenty minutes of your advice?',
    body: 'Dear Sam, Maria Lopez suggested I reach out. Could we talk for 20 minutes?',
    status: 'sent',
    sent_at: instant(m.daysAgo),
    created_at: instant(m.daysAgo),
  }));
  const interactionRows = interactions.map((entry) => ({
    owner_id: ownerId,
    person_id: entry.personId,
    interview_id: entry.interviewId,
    kind: entry.kind,
    at: instant(entry.daysAgo),
    summary: null,
    created_at: instant(entry.daysAgo),
  }));
  for (const batch of chunks(messages, 300))
    await tx.kysely.insertInto('message').values(batch).execute();
  for (const batch of chunks(interactionRows, 400))
    await tx.kysely.insertInto('interaction').values(batch).execute();
}
