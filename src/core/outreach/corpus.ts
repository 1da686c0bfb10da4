import { CAREER_CENTRE, TWO_HOUR_JOB_SEARCH, type Playbook } from '../playbook';
import type { Channel, MessageKind, RuleId } from './types';

/** One realistic draft and what the checker must and must not say about it. */
export type CorpusEntry = {
  name: string;
  text: string;
  channel?: Channel;
  kind?: MessageKind;
  /** Defaults to the two-hour job search playbook (75 words). */
  playbook?: Playbook;
  mustFind: RuleId[];
  mustNotFind: RuleId[];
};

const ALL: RuleId[] = [
  'word-limit',
  'connection-first',
  'no-job-ask',
  'time-ask',
  'ends-with-question',
  'interest-stated',
  'about-them',
  'note-length',
];
/** Every rule except the ones named. */
const allBut = (...rules: RuleId[]): RuleId[] => ALL.filter((rule) => !rules.includes(rule));
const FREE_LINKEDIN: Playbook = {
  ...TWO_HOUR_JOB_SEARCH,
  outreach: { ...TWO_HOUR_JOB_SEARCH.outreach, linkedinNoteLimit: 200 },
};

// A request of about 95 words that follows the method: fine for the career centre's 100 words,
// too long for the two-hour job search's 75.
const NINETY_FIVE_WORDS = `Dear Mr. Haddad,

Professor Chen from my capstone seminar suggested I contact you. I'm a final-year civil engineering student at the University of Waterloo, and I'm exploring careers in transportation planning, especially transit design for mid-sized cities. I read about the bus network redesign your team led in Hamilton and would love to understand how projects like that come together, what skills matter most early on, and how you moved from consulting into the public sector. I'm not asking about jobs; I'm hoping for your perspective. Would you have 20 minutes for a call in the next few weeks?

Kind regards,
Nadia Farouk
nadia.farouk@uwaterloo.example`;

/** Drafts the way people really write them: good and bad, several channels, styles and lengths. */
export const CORPUS: CorpusEntry[] = [
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

  // ---- Asking for a job, an opening, a referral or sending a CV -------------------------------
  {
    name: 'says outright it is a job search',
    text: `Hi Ben,

Maria Lopez suggested I reach out. I'm looking for a job in data science and I'm exploring companies like Spotify. Would you have 15 minutes to chat next week?

Best,
Ana`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'asks whether there are any openings',
    text: `Hello Ms. Brennan,

We met at the Dublin careers fair in March. I'm exploring accounting roles in the charity sector and would love 15 minutes of your advice. Also, do you know of any openings on your team? Would a call on Friday work?

Thanks,
Ciarán`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'asks to be referred for a position',
    text: `Hi Wei,

Jun Park suggested I contact you. I'm curious about quantitative research at Jane Street, and could you refer me for the position your team posted last week? Would you have 15 minutes for a call?

Regards,
Lin`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'attaches a résumé',
    text: `Hi Sofia,

Emma Clarke suggested I reach out. I'm exploring a move into museum education and would love to hear about your path at the Tate. I've attached my résumé for reference. Would you have 15 minutes next week for a call?

Best wishes,
Zoë`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'please find my resume, without the accents',
    text: `Dear Mr. Clarke,

My advisor, Dr. Patel, suggested I write to you. I'm interested in environmental law and would love 15 minutes of your time. Please find my resume attached. Could we talk next week?

Sincerely,
Priya Nair`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'CV attached on its own line below the signature',
    text: `Hi Tomás,

Lucía Fernández suggested I get in touch. I'm exploring renewable energy finance and would love 15 minutes to hear about your work at Iberdrola. Would you have time next week?

Un saludo,
Pablo Moreno
CV attached`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'asks whether the team is hiring',
    channel: 'linkedin_message',
    text: `Hi Aaron, we both studied at McGill. I'm exploring game design and would love 15 minutes to hear how you got started at Ubisoft. Is your studio hiring at the moment?`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask', 'ends-with-question'),
  },
  {
    name: 'mentions applying for a posted role',
    text: `Dear Ms. Yamamoto,

Hiroshi Sato suggested I contact you. I recently applied for the marketing analyst position at Sony and I'm curious about brand analytics in consumer electronics. Would you have 15 minutes to share your advice?

Best regards,
Kenta Mori`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'phone script that asks about openings',
    channel: 'phone_script',
    text: `Hi, this is Jamal Carter. Your colleague Denise Howard gave me your name. I'm exploring careers in logistics and I'm calling to see whether there are any openings in your warehouse operations team. Would you have 15 minutes to talk this week?`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'denies hiring in one clause and asks to be kept in mind in the next',
    text: `Hi Fatima,

Omar Haddad mentioned you lead the analytics team at Careem. I'm exploring data analytics in mobility, and I know you're not hiring right now, but would you keep me in mind for future roles? Would you have 15 minutes next week for a call?

Thanks,
Layla`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'asks for a good word with the recruiter',
    channel: 'linkedin_message',
    text: `Hi Elena, we met at the Web Summit volunteers' dinner. I'm exploring event management and would love 15 minutes of your advice. Could you also put in a good word for me with your recruiter? Would a call next week work?`,
    mustFind: ['no-job-ask'],
    mustNotFind: allBut('no-job-ask'),
  },
  {
    name: 'says it is not asking for a job or an internship',
    text: `Hi Marta,

Paweł Nowak suggested I reach out. I'm not asking for a job or an internship; I'm exploring speech therapy and would love to hear about your work with children in Kraków. Would you have 15 minutes for a call?

Dziękuję,
Agnieszka`,
    mustFind: [],
    mustNotFind: ALL,
  },

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
];
