import { ALL, allBut, type CorpusEntry } from './corpus-entry';

/** Requests that ask for a job, an opening or a referral, or send a CV, and ones that only seem to. */
export const JOB_ASKS: CorpusEntry[] = [
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
  {
    name: 'a short note that says it is job hunting and asks about open roles',
    text: `Hello Mr. Singh, I'm reaching out because I'm job hunting in the renewable sector and was wondering if Vestas has any roles open for new grads? I'd appreciate any advice. Thanks, Arjun`,
    mustFind: [
      'no-job-ask',
      'connection-first',
      'time-ask',
      'interest-stated',
      'ends-with-question',
    ],
    mustNotFind: ['word-limit', 'note-length', 'about-them'],
  },
  {
    name: 'looking for work, an hour, no connection',
    text: `Hi Ms. Tanaka,
My name is Jo and I'm currently looking for work as a paralegal. I would like to ask you about the legal field. Can we meet for an hour?
Jo`,
    mustFind: ['no-job-ask', 'connection-first', 'time-ask'],
    mustNotFind: [
      'word-limit',
      'note-length',
      'about-them',
      'ends-with-question',
      'interest-stated',
    ],
  },
];
