import type { Executor } from './database';

export type ScheduledInterview = {
  id: number;
  personName: string;
  organizationName: string | null;
  scheduledFor: string;
  playbookId: string;
};

/** The owner's interviews in `scheduled` with a time, earliest first, with whom and where. */
export async function listScheduledInterviews(
  tx: Executor,
  ownerId: number,
): Promise<ScheduledInterview[]> {
  const rows = await tx.kysely
    .selectFrom('interview')
    .innerJoin('person', 'person.id', 'interview.person_id')
    .leftJoin('organization', 'organization.id', 'person.organization_id')
    .select([
      'interview.id',
      'interview.scheduled_for',
      'interview.playbook_id',
      'person.name as person_name',
      'organization.name as organization_name',
    ])
    .where('interview.owner_id', '=', ownerId)
    .where('interview.stage', '=', 'scheduled')
    .where('interview.scheduled_for', 'is not', null)
    .orderBy('interview.scheduled_for')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    personName: row.person_name,
    organizationName: row.organization_name,
    scheduledFor: row.scheduled_for!,
    playbookId: row.playbook_id,
  }));
}
