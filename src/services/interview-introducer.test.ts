import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '#core/clock';
import { isAppError } from '#core/errors';
import { addOtherUser, dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import {
  changeStage,
  createInterview,
  getInterview,
  listInterviews,
  patchInterview,
} from './interview.service';
import { createPerson, updatePerson } from './person.service';
import { getToday } from './today.service';

afterAll(dropTestSchemas);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe.each(testDatabases)(
  'who introduced the person an interview is with, on $name',
  (database) => {
    let ctx: ServiceContext;
    beforeEach(async () => {
      ctx = await openTestContext(database, fixedClock('2026-03-02T09:00:00.000Z'));
    });
    afterEach(async () => {
      await ctx.db.close();
    });

    test('interviews still an idea or asked follow the person’s new introducer; held ones keep theirs', async () => {
      const maria = await createPerson(ctx, { name: 'Maria Lopez' });
      const ana = await createPerson(ctx, { name: 'Ana Silva' });
      const idea = await createInterview(ctx, { personId: ana.id });
      const asked = await createInterview(ctx, { personId: ana.id, stage: 'asked' });
      const held = await createInterview(ctx, { personId: ana.id, stage: 'agreed' });
      await changeStage(ctx, held.id, { version: held.version, stage: 'held' });

      await updatePerson(ctx, ana.id, { version: ana.version, introducedById: maria.id });
      const introducers = async () =>
        Object.fromEntries(
          (await listInterviews(ctx, { personId: ana.id })).items.map((item) => [
            item.id,
            item.introducer?.name ?? null,
          ]),
        );
      expect(await introducers()).toEqual({
        [idea.id]: 'Maria Lopez',
        [asked.id]: 'Maria Lopez',
        [held.id]: null,
      });
      // The change is a change to the interview, so a page holding the old version reloads.
      expect((await getInterview(ctx, idea.id)).version).toBe(idea.version + 1);

      const again = await getInterview(ctx, idea.id).then((i) => i.person);
      await updatePerson(ctx, ana.id, { version: again.version, introducedById: null });
      expect(await introducers()).toEqual({ [idea.id]: null, [asked.id]: null, [held.id]: null });
    });

    test('an interview’s introducer can be corrected, and Today thanks the right person', async () => {
      const maria = await createPerson(ctx, { name: 'Maria Lopez' });
      const ana = await createPerson(ctx, { name: 'Ana Silva' });
      const interview = await createInterview(ctx, { personId: ana.id, stage: 'agreed' });
      const held = await changeStage(ctx, interview.id, { version: 1, stage: 'held' });

      const corrected = await patchInterview(ctx, interview.id, {
        version: held.version,
        introducedById: maria.id,
      });
      expect(corrected).toMatchObject({ introducedById: maria.id, version: held.version + 1 });
      const { actions } = await getToday(ctx, { asOf: '2026-03-03' });
      expect(actions.map((a) => [a.kind, a.personId])).toEqual([
        ['thank_you', ana.id],
        ['thank_introducer', maria.id],
      ]);

      const cleared = await patchInterview(ctx, interview.id, {
        version: corrected.version,
        introducedById: null,
      });
      expect(cleared.introducedById).toBeNull();
      expect(cleared.playbookId).toBe(held.playbookId);
    });

    test('refuses the interviewee, a stranger and someone else’s person, saying why', async () => {
      const ana = await createPerson(ctx, { name: 'Ana Silva' });
      const interview = await createInterview(ctx, { personId: ana.id });
      const other = await addOtherUser(ctx);
      const theirs = await createPerson(other, { name: 'Their contact' });
      const refusal = async (introducedById: number) => {
        const error = await failure(
          patchInterview(ctx, interview.id, { version: 1, introducedById }),
        );
        return isAppError(error) ? [error.code, error.message, error.issues?.[0]?.path] : error;
      };
      expect(await refusal(ana.id)).toEqual([
        'invalid_input',
        'The person this interview is with cannot also be the one who introduced them',
        'introducedById',
      ]);
      expect(await refusal(9999)).toEqual([
        'invalid_input',
        'No person with id 9999 in your network',
        'introducedById',
      ]);
      expect(await refusal(theirs.id)).toEqual([
        'invalid_input',
        `No person with id ${theirs.id} in your network`,
        'introducedById',
      ]);
      const stale = await failure(
        patchInterview(ctx, interview.id, { version: 7, introducedById: null }),
      );
      expect(isAppError(stale) && stale.code).toBe('conflict');
      expect((await getInterview(ctx, interview.id)).version).toBe(1);
    });
  },
);
