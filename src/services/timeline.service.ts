import type { PersonTimeline } from '#core/interview-view';
import { listInteractions, listMessages } from '#store/timeline.store';
import type { ServiceContext } from './context';
import { listInterviewItems } from './interview.service';
import { readExecutor } from './paging';
import { requirePerson } from './person.service';

/** Everything that happened with one person: their interviews, messages and interactions. */
export async function getPersonTimeline(
  ctx: ServiceContext,
  personId: number,
): Promise<PersonTimeline> {
  const tx = readExecutor(ctx);
  await requirePerson(tx, ctx.userId, personId);
  const [interviews, messages, interactions] = await Promise.all([
    listInterviewItems(tx, ctx.userId, { personId }),
    listMessages(tx, ctx.userId, { personId }),
    listInteractions(tx, ctx.userId, { personId }),
  ]);
  return { interviews, messages, interactions };
}
