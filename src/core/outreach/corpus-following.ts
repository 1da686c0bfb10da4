import { CAREER_CENTRE } from '../playbook';
import { ALL, NINETY_FIVE_WORDS, type CorpusEntry } from './corpus-entry';

/** Requests that follow the method, in many voices: the checker must stay quiet on all of them. */
export const FOLLOWING: CorpusEntry[] = [
  // ---- Requests that follow the method -------------------------------------------------------
  {
    name: 'email naming a referrer first, with a thank-you line and signature',
    text: `Hi Dr. Okafor,

Maria Lopez suggested I reach out to you. I'm a second-year nursing student at Temple, and I'm curious about paramedicine as a career. I'm not looking for a job — I'd just value your perspective on how you got started. Would you have 15 minutes for a call next week?

Thank you!

Best,
Aisha Rahman
aisha.rahman@temple.example`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'alumni-directory email with curly apostrophes and an accented name',
    text: `Dear Ms. Nakamura,

I got your name from the Carleton alumni directory. As a fellow Carleton graduate exploring a move into UX research, I’d love to hear how you made the same move at Shopify. Would you have 20 minutes in the coming weeks to share your advice?

Warm regards,
Léa Dubois`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'LinkedIn connection note after meeting at a meetup',
    channel: 'linkedin_note',
    text: `Hi Priya — we met at the PyData Berlin meetup last month. I'm exploring data engineering roles in climate tech and would love 15 minutes to hear about your path at Tomorrow. Would you be open to a short call?`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'phone script with the referrer in the second sentence and a call-back number',
    channel: 'phone_script',
    text: `Hi, this is Daniel Kim. Professor Alvarez from Georgia Tech suggested I call you. I'm exploring a career in industrial design and would love to ask you a few questions about your work at Herman Miller. I'm not asking about jobs, just your advice. Would you have 15 minutes sometime this week? My number is 404-555-0182. Thank you!`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'voicemail that repeats the number after the question',
    channel: 'phone_script',
    text: `Hello Mrs. Adeyemi, this is Chidi Okonkwo. Your nephew Tunde suggested I get in touch. I'm a marketing student interested in brand strategy, and I'd be grateful for a short phone call about your work at Unilever. Would you have time in the next week or two? You can reach me at 312-555-0147. Again, that's Chidi at 312-555-0147. Thanks!`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'text message to a family friend with a ten-minute ask',
    channel: 'text',
    text: `Hi Mr. Osei, it's Kwame, Ama's son. Mom mentioned you've been a pharmacist for 20 years. I'm thinking about pharmacy school and would love ten minutes of your advice. Could we talk by phone this weekend?`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'asking a mutual friend for an introduction',
    kind: 'referral_intro_request',
    text: `Hi Sam,

Hope the new job is treating you well! I'm exploring a switch from teaching into instructional design, and I noticed you're connected with Grace Liu at Duolingo. I'd only ask her for 15 minutes of advice, not a job. Would you feel comfortable introducing us?

Thanks so much,
Tom`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'hard-wrapped email with a signature block and no sign-off',
    text: `Hello Ms. García,

Your former colleague Tomás Ruiz gave me your name. I am a
chemistry graduate curious about regulatory affairs, and I would
value hearing how you moved into it at Novartis. Could we speak
for twenty minutes one day next week?

Sofía Herrera
MSc Chemistry, Universidad de Chile
+56 9 5555 0101`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'LinkedIn message with a range of minutes and thanks after the question',
    channel: 'linkedin_message',
    text: `Hi Jordan,

I found your profile through the University of Michigan alumni group — go Blue! I'm a senior studying economics and exploring product management in fintech. I'd love to hear what your first year as a PM at Stripe was like. Would you have 15-20 minutes for a video call in the next couple of weeks? Thanks so much!

— Mei`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'member of the same professional association, saying it is not a job request',
    text: `Hello Ingrid,

I'm a member of the Society for Technical Communication, like you. I'm exploring technical writing for medical devices, and this isn't a job request — I'd simply value hearing how you built your career at Medtronic. Could you spare a quick 20-minute call later this month?

Many thanks,
Björn Åkesson
Stockholm`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'career changer with a friend-of-a-friend introduction and half an hour under the career centre',
    playbook: CAREER_CENTRE,
    text: `Dear Chloé,

Our mutual friend Anjali Mehta thought you'd be a wonderful person to ask. After eight years in retail management I'm considering a move into human resources, and I'd love to hear how you made a similar change at Decathlon. I'm not looking for a job, only advice. Would half an hour over coffee or video work for you sometime next month?

All the best,
Marcus Webb`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'the same request about 95 words long is fine for the career centre',
    playbook: CAREER_CENTRE,
    text: NINETY_FIVE_WORDS,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'a P.S. after the signature is part of the message',
    text: `Hi Rafael,

We spoke briefly after your talk at the Lisbon design week. I'm curious about service design in public health and would love 15 minutes to hear about your work with the SNS. Would a call next Tuesday or Wednesday suit you?

Obrigada,
Inês Carvalho

P.S. Your slides on patient journeys are still pinned above my desk.`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'short LinkedIn message between two members of a bootcamp group',
    channel: 'linkedin_message',
    text: `Hey Olu! We're both in the Le Wagon alumni Slack. I'm exploring a move into DevOps and I'd love 10 minutes of your advice on how you made the switch at Paystack. Any chance you'd have time for a quick call next week?`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'a question without its question mark still ends the request',
    text: `Hi Grace,

Kenji Watanabe mentioned you might be open to talking with students. I'm a junior exploring conservation biology and I'd love to hear about your fieldwork with the National Park Service. Would you be open to a 15-minute phone call next week.

Thank you,
Ruth`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'resume used as a verb is not sending a CV',
    text: `Hi Ahmed,

We met at the Open Data Day meetup in Cairo, and I'd love to resume our conversation about civic tech. I'm exploring roles in data journalism and would be grateful for 15 minutes of your advice on how you got into it. Would next Thursday afternoon work for a short call?

Best,
Yasmin`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'asking what hiring managers look for is a question about the field',
    text: `Dear Ms. Petrova,

Dmitri Volkov from the Toronto Python user group suggested I write to you. I'm exploring a career in cybersecurity and would love to hear what hiring managers in the field look for and what the work is like day to day. Would you have 15 minutes for a call next week?

Sincerely,
Aleksandr Ivanov`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'subject line, a pleasantry and a self-introduction before the alumni connection',
    text: `Subject: Quick question from a fellow Bruin

Hi Marcus,

I hope this finds you well! My name is Dana and I'm a senior at UCLA. I found your name on the UCLA alumni network and noticed you've been at Pixar for six years. I'm really interested in story development and would love to learn about your path. Would you be willing to chat for 15-20 minutes sometime in the next few weeks?

Thanks so much for your time,
Dana Park
UCLA '25 | Film & TV`,
    mustFind: [],
    mustNotFind: ALL,
  },
  {
    name: 'a text to an old friend, with an emoji after the question',
    channel: 'text',
    text: `Hi Emily! Long time no see :) I'm thinking about going back to school for nursing and remember you did the accelerated BSN. Could I buy you a coffee and pick your brain for 20 min next week? 🙏`,
    mustFind: [],
    mustNotFind: ALL,
  },
];
