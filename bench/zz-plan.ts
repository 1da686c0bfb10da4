import fs from 'node:fs';
import { parseContacts } from '#formats/import';
import { planImport } from '#core/import-plan';
import { toIncoming } from '#services/import.service';
const parsed = parseContacts(fs.readFileSync('/tmp/conn30k.csv'));
const incoming = parsed.contacts.map(toIncoming);
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const plan = planImport([], incoming);
  console.log('plan empty', (performance.now() - t).toFixed(0), plan.creates.length);
}
const existing = incoming.map((c, i) => ({
  id: i + 1,
  version: 1,
  name: c.name,
  organization: c.organization,
  title: c.title,
  location: c.location,
  emails: c.emails,
  phones: c.phones,
  linkedinUrl: c.linkedinUrl,
  relationship: c.relationship,
  notes: c.notes,
  tags: c.tags,
  connectedOn: c.connectedOn,
}));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const plan = planImport(existing, incoming);
  console.log('plan full', (performance.now() - t).toFixed(0), plan.unchanged.length);
}
