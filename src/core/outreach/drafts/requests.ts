import {
  aboutMe,
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
} from './parts';

const WHERE_FOUND = 'where you found them, e.g. the alumni directory';

// The connection opens every request: the method's strongest reason for a yes.
function connection(input: DraftInput, verb: 'reach out to you' | 'call you' | 'get in touch') {
  return input.introducer
    ? `${fullName(input.introducer, 'who introduced you')} suggested I ${verb}.`
    : `I found your ${input.channel === 'phone_script' ? 'number' : 'profile'} through ${gap(WHERE_FOUND)}.`;
}

/** A LinkedIn note fits the playbook's limit: the first of these, fullest first, that fits. */
function connectionNote(input: DraftInput): Draft {
  const hi = `Hi ${firstName(input.person)},`;
  const conn = connection(input, 'reach out to you');
  const explore = interest(input.explorations);
  const time = minutes(input.playbook);
  const candidates = [
    `${hi} ${conn} ${aboutMe(input.profile)}, exploring ${explore}. Would you have ${time} to share how you got started${atOrganization(input)}?`,
    `${hi} ${conn} I'm exploring ${explore}. Would you have ${time} to share how you got started${atOrganization(input)}?`,
    `${hi} ${conn} I'm exploring ${explore}. Would you have ${time} for a short call?`,
  ];
  const limit = input.playbook.outreach.linkedinNoteLimit;
  return { body: candidates.find((note) => [...note].length <= limit) ?? candidates.at(-1)! };
}

/** The request for an informational interview, on any channel. */
export function requestDraft(input: DraftInput): Draft {
  const { person, profile, playbook, channel } = input;
  const explore = interest(input.explorations);
  const time = minutes(playbook);
  const advice = `I'm not asking about jobs; I'd simply value your advice on how you got started${atOrganization(input)}.`;
  switch (channel) {
    case 'linkedin_note':
      return connectionNote(input);
    case 'phone_script':
      return {
        body: `Hi ${firstName(person)}, this is ${myName(profile)}. ${connection(input, 'call you')} ${aboutMe(profile)}, and I'm exploring ${explore}. ${advice} Would you have ${time} for a short call this week or next? My number is ${gap('your phone number')}. Thank you!`,
      };
    case 'text':
      return {
        body: `Hi ${firstName(person)}, it's ${myName(profile)}. ${connection(input, 'get in touch')} I'm exploring ${explore} and would love ${time} of your advice on how you got started${atOrganization(input)}. Could we talk by phone sometime next week?`,
      };
    case 'email':
    case 'linkedin_message':
      return render(
        {
          subject: input.introducer
            ? `${fullName(input.introducer, 'who introduced you')} suggested I get in touch`
            : `${time} of advice on ${explore}?`,
          greeting: `Hi ${firstName(person)},`,
          paragraphs: [
            `${connection(input, 'reach out to you')} ${aboutMe(profile)}, and I'm exploring ${explore}. ${advice}`,
            `Would you have ${time} for a call in the next couple of weeks?`,
          ],
          signOff: 'Thank you',
        },
        channel,
        profile,
      );
  }
}

/** Asking the mutual contact (the interview's introducer) to introduce the user to the person. */
export function introductionRequestDraft(input: DraftInput): Draft {
  const { person, introducer, profile, playbook, channel } = input;
  const them = fullName(person, 'the person you want to meet');
  const first = firstName(person, 'their first name');
  const time = minutes(playbook);
  const explore = interest(input.explorations);
  const hi = `Hi ${firstName(introducer, 'your contact’s first name')},`;
  if (channel === 'phone_script' || channel === 'text') {
    const me = channel === 'text' ? `it's ${myName(profile)}` : `this is ${myName(profile)}`;
    return {
      body: `${hi} ${me}. I'm exploring ${explore}, and I believe you know ${them}${atOrganization(input)}. Would you be willing to introduce us, so I could ask ${first} for ${time} of advice?`,
    };
  }
  return render(
    {
      subject: `Could you introduce me to ${them}?`,
      greeting: hi,
      paragraphs: [
        `I hope you're well. I'm exploring ${explore}, and I believe you know ${them}${atOrganization(input)}. I'd love to ask ${first} for ${time} of advice about how they got started; this is about learning, not about a job.`,
        `I can send a short note you could forward, if that makes it easier. Would you be willing to introduce us?`,
      ],
      signOff: 'Thanks so much',
    },
    channel,
    profile,
  );
}
