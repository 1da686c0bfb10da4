import { generatePeople } from './people-generator';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A LinkedIn Connections.csv as LinkedIn writes it today (Notes preamble, 7 columns, `DD Mon YYYY`),
 * with `count` generated connections; about one in five shares an e-mail, as in real exports.
 */
export function linkedinConnectionsCsv(count: number, seed = 7): string {
  const people = generatePeople(count, seed);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  people.forEach((person, i) => {
    const [first, ...rest] = person.name.split(' ');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const connected = `${day} ${MONTHS[i % 12]} ${2012 + (i % 14)}`;
    lines.push(
      [
        first ?? '',
        rest.join(' '),
        `https://www.linkedin.com/in/${person.name
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^a-z]+/g, '-')}-${i}`,
        i % 5 === 0 ? (person.emails?.[0] ?? '') : '',
        person.organization ?? '',
        person.title ?? '',
        connected,
      ]
        .map(csvCell)
        .join(','),
    );
  });
  return lines.join('\n');
}
