import type { MailSettings } from '#core/mail-settings';
import type { DraftProfile } from '#core/outreach/drafts';
import {
  BUILT_IN_PLAYBOOKS,
  DEFAULT_PLAYBOOK_ID,
  builtInPlaybook,
  type Playbook,
} from '#core/playbook';
import type { PersonDetail } from '#core/person';
import type { InterviewDetail } from '../api/interviews.api';
import { useInterview } from '../api/interviews.queries';
import { useMailSettings, usePlaybooks, useProfile } from '../api/mail.queries';
import { usePerson } from '../api/people.queries';

export type ComposeContext = {
  interview: InterviewDetail;
  introducer: PersonDetail | null;
  profile: DraftProfile;
  /** False when the profile lacks a name or summary, so drafts show gaps; Settings fills them. */
  profileComplete: boolean;
  playbook: Playbook;
  /** null when the mail settings could not be read; sending is then not offered. */
  mail: MailSettings | null;
};

function playbookFor(interview: InterviewDetail, own: Playbook[] | null): Playbook {
  const all = [...(own ?? []), ...BUILT_IN_PLAYBOOKS];
  return (
    all.find((playbook) => playbook.id === interview.playbookId) ??
    builtInPlaybook(DEFAULT_PLAYBOOK_ID)!
  );
}

/** Everything a draft is filled from; the optional parts (profile, playbooks, mail) never block it. */
export function useComposeContext(interviewId: number) {
  const interview = useInterview(interviewId);
  const introducerId = interview.data?.introducedById ?? 0;
  const introducer = usePerson(introducerId);
  const profile = useProfile();
  const playbooks = usePlaybooks();
  const mail = useMailSettings();

  const loading =
    interview.isPending ||
    (introducerId > 0 && introducer.isPending) ||
    profile.isPending ||
    playbooks.isPending ||
    mail.isPending;
  const error = interview.error ?? null;
  if (!interview.data || loading) return { context: null, error, retry: interview.refetch };

  const saved = profile.data ?? null;
  const draftProfile: DraftProfile = {
    name: saved?.name ?? '',
    email: saved?.email ?? null,
    summary: saved?.summary ?? '',
  };
  const context: ComposeContext = {
    interview: interview.data,
    introducer: introducer.data ?? null,
    profile: draftProfile,
    profileComplete: Boolean(draftProfile.name && draftProfile.summary),
    playbook: playbookFor(interview.data, playbooks.data ?? null),
    mail: mail.data ?? null,
  };
  return { context, error, retry: interview.refetch };
}
