import {
  atOrganization,
  firstName,
  fullName,
  gap,
  interest,
  minutes,
  myName,
  render,
  type Draft,
  type DraftInput,
  type Letter,
} from './parts';

// Questions that suit any conversation, after the user's own key questions.
const GENERAL_QUESTIONS = [
  'What does a typical week look like for you?',
  'How did you get started, and what would you do differently now?',
  'What do you enjoy most about the work, and what is hardest?',
  'Who else would you suggest I talk to?',
];
const MAX_QUESTIONS = 5;

function questionList(input: DraftInput): string {
  const own = input.explorations.flatMap((e) => e.keyQuestions ?? []).map((q) => q.trim());
  const chosen = [...new Set([...own.filter(Boolean), ...GENERAL_QUESTIONS])];
  return chosen
    .slice(0, MAX_QUESTIONS)
    .map((q) => `- ${q}`)
    .join('\n');
}

/** The kinds written after the request, answered by the letters below. */
export type FollowThroughKind = Exclude<DraftInput['kind'], 'request' | 'referral_intro_request'>;
type FollowThroughInput = DraftInput & { kind: FollowThroughKind };

function letterFor(input: FollowThroughInput): Letter {
  const { person, introducer, playbook } = input;
  const hi = `Hi ${firstName(person)},`;
  const explore = interest(input.explorations);
  const time = minutes(playbook);
  switch (input.kind) {
    case 'follow_up':
      return {
        subject: `Following up: ${time} of advice on ${explore}?`,
        greeting: hi,
        paragraphs: [
          `I wanted to follow up on my note from last week${introducer ? `; ${fullName(introducer, 'who introduced you')} suggested I reach out` : ''}. I'm exploring ${explore} and would still value your advice on how you got started${atOrganization(input)}.`,
          `I know how busy things get, so even a short call would help. Would you have ${time} in the next few weeks?`,
        ],
        signOff: 'Thank you',
      };
    case 'questions_in_advance':
      return {
        subject: 'A few questions before we talk',
        greeting: hi,
        paragraphs: [
          `Thank you again for agreeing to talk. So you know what I'm hoping to cover in our ${time}, here are the questions on my mind:`,
          questionList(input),
          'There is no need to prepare anything; we can go wherever the conversation leads.',
        ],
        signOff: 'Best',
      };
    case 'thank_you':
      return {
        subject: 'Thank you for your time today',
        greeting: hi,
        paragraphs: [
          `Thank you for talking with me about ${explore}. ${gap('one thing they said that you will remember')} was especially helpful.`,
          `${gap('what you will do next because of it, e.g. reach out to someone they suggested')}. I'll let you know how it goes.`,
        ],
        signOff: 'With thanks',
      };
    case 'introducer_thanks':
      return {
        subject: `Thank you for introducing me to ${fullName(person, 'the person you met')}`,
        greeting: `Hi ${firstName(introducer, 'your contact’s first name')},`,
        paragraphs: [
          `Thank you for putting me in touch with ${fullName(person, 'the person you met')}. We talked about ${explore}, and ${gap('what stood out from the conversation')}.`,
          'I really appreciate you making the connection.',
        ],
        signOff: 'With thanks',
      };
    case 'progress_update':
      return {
        subject: 'A quick update, and thanks again',
        greeting: hi,
        paragraphs: [
          `I hope you're doing well. When we talked about ${explore}, you suggested ${gap('their advice')}. I took your advice and ${gap('what you did and how it went')}.`,
          'Thank you again; it made a real difference.',
        ],
        signOff: 'Best',
      };
  }
}

// A call or a text after the request is shorter than a letter, and says who is calling.
function spokenFollowUp(input: DraftInput): Draft {
  const { person, profile, playbook, channel } = input;
  const who = channel === 'text' ? `it's ${myName(profile)}` : `this is ${myName(profile)} again`;
  const number = channel === 'phone_script' ? ` My number is ${gap('your phone number')}.` : '';
  return {
    body: `Hi ${firstName(person)}, ${who}. I wrote last week about ${interest(input.explorations)}. Would you have ${minutes(playbook)} for a short call in the next few weeks?${number} Thank you!`,
  };
}

/** Follow-up, questions in advance, thank-yous and progress updates. */
export function followThroughDraft(input: FollowThroughInput): Draft {
  if (
    input.kind === 'follow_up' &&
    input.channel !== 'email' &&
    input.channel !== 'linkedin_message'
  )
    return spokenFollowUp(input);
  return render(letterFor(input), input.channel, input.profile);
}
