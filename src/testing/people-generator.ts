import type { PersonInput, Relationship } from '#core/person';
import { RELATIONSHIPS } from '#core/person';

const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Elif',
  'Farah',
  'Gabriel',
  'Hana',
  'Ibrahim',
  'Jonas',
  'Kavya',
  'Liam',
  'María',
  'Noah',
  'Olu',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Aiko',
  'Björn',
  'Chidi',
  'Daniela',
];
const LAST = [
  'Lima',
  'Okafor',
  'Martin',
  'Ivanov',
  'Yilmaz',
  'Haddad',
  'Silva',
  'Sato',
  'Khan',
  'Berg',
  'Reddy',
  'Murphy',
  'López',
  'Schmidt',
  'Adeyemi',
  'Patel',
  'Dubois',
  'García',
  'Larsen',
  'Novak',
  'Cohen',
  'Rossi',
  'Zhang',
  'Hernández',
  'Demir',
  'Kowalski',
  'Nguyen',
  'Andersson',
  'Eze',
  'Fischer',
];
const ORG_WORDS = [
  'Acme',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Hooli',
  'Vandelay',
  'Gringotts',
  'Oscorp',
  'Wonka',
  'Aperture',
  'Massive',
  'Dynamic',
  'Blue',
  'Green',
  'River',
  'Summit',
  'Harbor',
  'Pioneer',
  'Bright',
  'Cedar',
  'Maple',
  'Atlas',
  'Nova',
  'Quantum',
];
const ORG_KINDS = [
  'Health',
  'Labs',
  'Systems',
  'Bank',
  'Foundation',
  'Studio',
  'Hospital',
  'University',
  'Logistics',
  'Energy',
  'Media',
  'Consulting',
  'Robotics',
  'Foods',
  'Agency',
];
const SUFFIXES = ['', '', ' Inc.', ' LLC', ' Ltd', ' GmbH'];
const TITLES = [
  'UX Researcher',
  'Product Manager',
  'Software Engineer',
  'Paramedic',
  'Data Scientist',
  'Nurse Practitioner',
  'Policy Analyst',
  'Marketing Lead',
  'Civil Engineer',
  'Teacher',
  'Recruiter',
  'Financial Analyst',
  'Graphic Designer',
  'Operations Director',
  'Research Scientist',
];
const NOTE_WORDS = [
  'met',
  'at',
  'the',
  'alumni',
  'event',
  'works',
  'on',
  'design',
  'systems',
  'for',
  'patients',
  'mentioned',
  'a',
  'team',
  'hiring',
  'in',
  'spring',
  'loves',
  'hiking',
  'and',
  'field',
  'research',
  'asked',
  'me',
  'to',
  'follow',
  'up',
  'after',
  'conference',
  'career',
  'change',
  'from',
  'teaching',
  'into',
  'product',
  'data',
  'healthcare',
  'startup',
  'volunteer',
  'board',
];
const TAGS = [
  'ux',
  'healthcare',
  'mentor',
  'alumni',
  'warm',
  'conference',
  'data',
  'policy',
  'design',
  'startup',
];

/** A small deterministic PRNG, so every run generates the same network. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` people with realistic field lengths: ~2,000 organizations, notes up to ~60 words. */
export function generatePeople(count: number, seed = 42): PersonInput[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const organizations = Array.from(
    { length: 2000 },
    (_, i) =>
      `${pick(ORG_WORDS)} ${pick(ORG_KINDS)}${i % 7 === 0 ? ' Group' : ''}${pick(SUFFIXES)}`,
  );
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const organization = random() < 0.9 ? pick(organizations) : null;
    const domain = (organization ?? 'mail').toLowerCase().replace(/[^a-z]+/g, '') + '.example';
    const noteLength = Math.floor(random() * 60);
    return {
      name: `${first} ${last}`,
      organization,
      title: random() < 0.85 ? pick(TITLES) : null,
      emails: [
        `${first}.${last}${i}@${domain}`
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^\x20-\x7e]/g, ''),
      ],
      phones: random() < 0.4 ? [`+1 555 ${String(1000000 + i).slice(1)}`] : [],
      linkedinUrl:
        random() < 0.7
          ? `https://www.linkedin.com/in/${first}-${last}-${i}`
              .toLowerCase()
              .normalize('NFKD')
              .replace(/[^\x20-\x7e]/g, '')
          : null,
      relationship: pick(RELATIONSHIPS) as Relationship,
      notes:
        noteLength > 5
          ? Array.from({ length: noteLength }, () => pick(NOTE_WORDS)).join(' ')
          : null,
      tags: random() < 0.5 ? [pick(TAGS), pick(TAGS)] : [],
      source: 'bench',
    };
  });
}
