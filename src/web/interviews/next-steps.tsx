import { Button, Group } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { InterviewStage } from '#core/interview';
import type { PersonRef } from '#core/person';
import type { MessageKind } from '#core/outreach/types';
import { Link } from 'react-router';
import { composerPath } from './message-words';

type Step = { label: string; kind: MessageKind };

/** The messages that fit the stage, first one first; the introducer is thanked and asked too. */
export function stepsFor(stage: InterviewStage, introducer: PersonRef | null): Step[] {
  switch (stage) {
    case 'idea':
      return [
        { label: 'Draft the request', kind: 'request' },
        ...(introducer
          ? [
              {
                label: `Ask ${introducer.name} for an introduction`,
                kind: 'referral_intro_request' as const,
              },
            ]
          : []),
      ];
    case 'asked':
      return [{ label: 'Write a follow-up', kind: 'follow_up' }];
    case 'agreed':
    case 'scheduled':
      return [{ label: 'Send questions in advance', kind: 'questions_in_advance' }];
    case 'held':
      return [
        { label: 'Write a thank-you', kind: 'thank_you' },
        ...(introducer
          ? [{ label: `Thank ${introducer.name}`, kind: 'introducer_thanks' as const }]
          : []),
      ];
    default:
      return [];
  }
}

export function NextSteps({
  interviewId,
  stage,
  introducer,
}: {
  interviewId: number;
  stage: InterviewStage;
  introducer: PersonRef | null;
}) {
  const steps = stepsFor(stage, introducer);
  if (steps.length === 0) return null;
  return (
    <Group gap="xs">
      {steps.map((step, index) => (
        <Button
          key={step.kind}
          component={Link}
          to={composerPath(interviewId, step.kind)}
          variant={index === 0 ? 'filled' : 'default'}
          leftSection={<IconPencil size={16} />}
        >
          {step.label}
        </Button>
      ))}
    </Group>
  );
}
