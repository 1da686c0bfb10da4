import { notifications } from '@mantine/notifications';
import type { PersonRef } from '#core/person';
import { useChangeIntroducer } from '../api/interviews.queries';
import { IntroducerSelect } from '../people/introducer-select';

/**
 * Who introduced the user for this interview. It starts as the person's introducer; an
 * introduction noted later, or one made for this conversation only, is corrected here.
 */
export function InterviewIntroducerSelect({
  interview,
}: {
  interview: { id: number; version: number; personId: number; introducer: PersonRef | null };
}) {
  const change = useChangeIntroducer(interview.id);
  return (
    <IntroducerSelect
      label="Introduced by"
      description="Named first in the request, and thanked after the conversation."
      placeholder="Nobody: you reach out directly"
      value={interview.introducer?.id ?? null}
      initial={interview.introducer}
      excludeId={interview.personId}
      clearable
      disabled={change.isPending}
      onChange={(introducedById) => {
        if (introducedById === (interview.introducer?.id ?? null)) return;
        change.mutate(
          { version: interview.version, introducedById },
          {
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: 'Introducer not changed',
                message: error.message,
              }),
          },
        );
      }}
    />
  );
}
