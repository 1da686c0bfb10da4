import { CAREER_CENTRE } from '../playbook';
import { ALL, allBut, FREE_LINKEDIN, NINETY_FIVE_WORDS, type CorpusEntry } from './corpus-entry';

/** Requests that miss one or more elements of the method: length, connection, time, question, focus. */
export const BREAKING: CorpusEntry[] = [
  // ---- Length -------------------------------------------------------------------------------
  {
    name: 'the 95-word request is over the two-hour job search limit',
    text: NINETY_FIVE_WORDS,
    mustFind: ['word-limit'],
    mustNotFind: allBut('word-limit'),
  },
  {
    name: 'a long, rambling request',
    playbook: CAREER_CENTRE,
    text: `Dear Dr. Mensah,

My cousin Efua Asante, who worked with you at Korle Bu, suggested I write to you. I'm a final-year biomedical science student, and over the past two years I have become more and more interested in clinical research, particularly trials for sickle cell disease, which affects several members of my family. I have volunteered at a community health clinic, completed a summer placement in a haematology lab and written my thesis on hydroxyurea adherence, and each of these experiences made me want to understand the field better. I would love to hear how you started in clinical research, what a typical week looks like for you, and what you wish you had known at my stage. I am not looking for a job, just your advice. Would you have 20 minutes for a call in the coming weeks?

With gratitude,
Kofi Boateng`,
    mustFind: ['word-limit'],
    mustNotFind: allBut('word-limit'),
  },
  {
    name: 'LinkedIn note over LinkedIn’s 300 characters',
    channel: 'linkedin_note',
    text: `Hi Dr. Alvarez — Professor Nguyen from my epidemiology course suggested I reach out. I'm exploring careers in global health policy, particularly vaccine access programmes in Latin America, and I would really value hearing how you moved from clinical work into policy at PAHO. Would you have 15 minutes for a short call sometime next month?`,
    mustFind: ['note-length'],
    mustNotFind: allBut('note-length'),
  },
  {
    name: 'a note that fits paid accounts is too long for a free account',
    channel: 'linkedin_note',
    playbook: FREE_LINKEDIN,
    text: `Hi Priya — we met at the PyData Berlin meetup last month. I'm exploring data engineering roles in climate tech and would love 15 minutes to hear about your path at Tomorrow. Would you be open to a short call?`,
    mustFind: ['note-length'],
    mustNotFind: allBut('note-length'),
  },

  // ---- The connection ------------------------------------------------------------------------
  {
    name: 'the referrer appears only at the end',
    text: `Hi Ms. Dlamini,

I'm a third-year accounting student at Wits. I'm exploring forensic accounting and would love to hear how you got started at Deloitte. I have been reading about fraud investigations all semester. By the way, Thabo Nkosi suggested I reach out. Would you have 15 minutes next week?

Kind regards,
Lerato`,
    mustFind: ['connection-first'],
    mustNotFind: allBut('connection-first'),
  },
  {
    name: 'a cold email that never says how the writer found them',
    text: `Hello Mr. Johansson,

I'm a recent graduate exploring supply chain management in the food industry. I'd love to hear how you got started at Arla Foods. Would you have 15 minutes for a call next week?

Thank you,
Emil`,
    mustFind: ['connection-first'],
    mustNotFind: allBut('connection-first'),
  },
  {
    name: 'cold LinkedIn note that is otherwise well formed',
    channel: 'linkedin_note',
    text: `Hi Keisha, I'm exploring UX writing and love how clear the Monzo app feels. Would you have 15 minutes to share how you got into content design?`,
    mustFind: ['connection-first'],
    mustNotFind: allBut('connection-first'),
  },

  // ---- The time ask ---------------------------------------------------------------------------
  {
    name: 'no amount of time named',
    channel: 'linkedin_message',
    text: `Hi Noor, Sara Ali suggested I reach out. I'm exploring architecture and urban design in the Gulf, and I'd love to hear about your projects at Foster + Partners. Would you be open to chatting sometime?`,
    mustFind: ['time-ask'],
    mustNotFind: allBut('time-ask'),
  },
  {
    name: 'asks for an hour',
    text: `Hi Daniel,

Rachel Cohen suggested I contact you. I'm exploring a career in venture capital and would love an hour of your time to learn how you broke in at Index Ventures. Would that be possible next week?

Best,
Noa`,
    mustFind: ['time-ask'],
    mustNotFind: allBut('time-ask'),
  },
  {
    name: 'thirty minutes is more than the two-hour job search suggests',
    text: `Hi Kai,

We met at the Seattle product meetup. I'm exploring product design for accessibility and would love 30 minutes to hear about your work at Microsoft. Would that work for you next week?

Thanks,
Ravi`,
    mustFind: ['time-ask'],
    mustNotFind: allBut('time-ask'),
  },
  {
    name: 'thirty minutes is within the career centre’s range',
    playbook: CAREER_CENTRE,
    text: `Hi Kai,

We met at the Seattle product meetup. I'm exploring product design for accessibility and would love 30 minutes to hear about your work at Microsoft. Would that work for you next week?

Thanks,
Ravi`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'twenty min abbreviated in a text message',
    channel: 'text',
    text: `Hi Lena, it's Jonas from Anna's book club. Anna said you'd be great to ask about occupational therapy, which I'm considering as a second career. Could I borrow 20 min of your time for a call this week?`,
    mustFind: [],
    mustNotFind: ALL,
  },

  // ---- The question at the end ---------------------------------------------------------------
  {
    name: 'ends with a statement instead of a question',
    text: `Hi Tariq,

Hana Yousef suggested I get in touch. I'm exploring hospital administration and would love 15 minutes to hear about your role at Cleveland Clinic Abu Dhabi. Let me know if you have some time next week.

Best,
Salma`,
    mustFind: ['ends-with-question'],
    mustNotFind: allBut('ends-with-question'),
  },
  {
    name: 'asks the question, then keeps going',
    text: `Hi Ms. Okoro,

Chinwe Obi suggested I reach out. I'm exploring a career in public relations for nonprofits. Would you have 15 minutes for a call next week? I have also been volunteering with a local food bank on their social media, which sparked this interest, and I am currently finishing a communications degree at Lagos Business School.

Warm regards,
Adaeze`,
    mustFind: ['ends-with-question'],
    mustNotFind: allBut('ends-with-question'),
  },
  {
    name: 'a LinkedIn note that just wants to connect',
    channel: 'linkedin_note',
    text: `Hi Sven, I'm a fellow NTNU alumnus exploring offshore wind engineering. Would love to connect and learn from your experience at Equinor.`,
    mustFind: ['ends-with-question', 'time-ask'],
    mustNotFind: allBut('ends-with-question', 'time-ask'),
  },

  // ---- What is being explored, and who it is about --------------------------------------------
  {
    name: 'never says what the writer is exploring',
    text: `Hi Camille,

Julien Moreau suggested I reach out to you. I'd love to learn more about your experience and your career so far. Would you have 15 minutes for a call next week?

Merci beaucoup,
Théo`,
    mustFind: ['interest-stated'],
    mustNotFind: allBut('interest-stated'),
  },
  {
    name: 'all about the writer',
    playbook: CAREER_CENTRE,
    text: `Hi Gabriel,

Isabela Costa suggested I write to you. I am a recent graduate and I am exploring financial planning. I have a degree in economics, I have passed my first certification exam, and I think my skills in modelling would suit me well. I would love 15 minutes. Would that be possible?

Best,
Mateus`,
    mustFind: ['about-them'],
    mustNotFind: allBut('about-them'),
  },
  {
    name: 'an introduction request that names no time and asks nothing',
    kind: 'referral_intro_request',
    text: `Hi Dana,

I'm exploring physiotherapy, and I saw that your sister Ruth works at the sports clinic in Leeds. It would be great to be introduced to her if you think she might have time.

Cheers,
Max`,
    mustFind: ['time-ask', 'ends-with-question'],
    mustNotFind: allBut('time-ask', 'ends-with-question'),
  },
  {
    name: 'several problems at once',
    text: `To whom it may concern,

My name is Jake and I am looking for a job in finance. I am a hard worker and I think I would be a great addition to your company. I have attached my CV. Please let me know.

Jake`,
    mustFind: [
      'no-job-ask',
      'connection-first',
      'time-ask',
      'ends-with-question',
      'interest-stated',
      'about-them',
    ],
    mustNotFind: ['word-limit', 'note-length'],
  },
  {
    name: 'a polite cold email to a professor with a Swedish sign-off',
    text: `Dear Professor Lindqvist,

I am writing to ask whether you might have a few minutes to speak with me about careers in computational linguistics. I am currently a master's student at Uppsala University.

Would a short video call be possible?

Med vänliga hälsningar,
Karin Berg`,
    mustFind: ['connection-first'],
    mustNotFind: allBut('connection-first'),
  },
  {
    name: 'a LinkedIn message that hints at the field without naming it',
    channel: 'linkedin_message',
    text: `Hey! Saw your post about leaving consulting for product. I'm in a similar spot (3 yrs at Accenture) and would love 15 mins to hear how you made the jump. Open to a quick call?`,
    mustFind: ['interest-stated'],
    mustNotFind: allBut('interest-stated'),
  },
];
