import type { MailSettings } from '#core/mail-settings';
import type { DraftProfile } from '#core/outreach/drafts';
import { choosePlaybook, playbookForInterview, type Playbook } from '#core/playbook';
import type { PersonDetail } from '#core/person';
import type { InterviewDetail } from '../api/interviews.api';
import { useInterview } from '../api/interviews.queries';
import { useMailSettings } from '../api/mail.queries';
import { usePerson } from '../api/people.queries';
import { usePlaybooks, useSettings } from '../api/settings.queries';

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

/**
 * The server's rule, from core: the interview's playbook while it exists, else the user's
 * active one. Before the settings or playbooks can be read, the built-in default.
 */
function playbookFor(
  interview: InterviewDetail,
  listed: Playbook[] | undefined,
  activeId: string | null,
): Playbook {
  const own = (listed ?? []).filter((playbook) => !playbook.builtIn);
  return playbookForInterview(choosePlaybook(own, activeId), interview.playbookId);
}

/** Everything a draft is filled from; the optional parts (profile, playbooks, mail) never block it. */
export function useComposeContext(interviewId: number) {
  const interview = useInterview(interviewId);
  const introducerId = interview.data?.introducedById ?? 0;
  const introducer = usePerson(introducerId);
  const settings = useSettings();
  const playbooks = usePlaybooks();
  const mail = useMailSettings();

  const loading =
    interview.isPending ||
    (introducerId > 0 && introducer.isPending) ||
    settings.isPending ||
    playbooks.isPending ||
    mail.isPending;
  const error = interview.error ?? null;
  if (!interview.data || loading) return { context: null, error, retry: interview.refetch };

  const saved = settings.data?.profile ?? null;
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
    playbook: playbookFor(interview.data, playbooks.data, settings.data?.playbookId ?? null),
    mail: mail.data ?? null,
  };
  return { context, error, retry: interview.refetch };
}
