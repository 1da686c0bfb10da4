import { describe, expect, test } from 'vitest';
import { TWO_HOUR_JOB_SEARCH } from '../playbook';
import { checkOutreach } from './check';
import { CORPUS } from './corpus';

describe('the checker on a corpus of real-world requests', () => {
  test('holds at least 40 drafts across every channel', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    const channels = new Set(CORPUS.map((entry) => entry.channel ?? 'email'));
    expect([...channels].sort()).toEqual(
      ['email', 'linkedin_message', 'linkedin_note', 'phone_script', 'text'].sort(),
    );
  });

  test.each(CORPUS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const findings = checkOutreach(entry.text, {
      playbook: entry.playbook ?? TWO_HOUR_JOB_SEARCH,
      channel: entry.channel ?? 'email',
      kind: entry.kind ?? 'request',
    });
    const rules = new Set(findings.map((finding) => finding.rule));
    const described = findings.map(
      (f) => `${f.rule}: “${entry.text.slice(f.start, f.end)}” — ${f.message}`,
    );
    for (const rule of entry.mustFind) expect(rules.has(rule), `${rule} missing`).toBe(true);
    for (const rule of entry.mustNotFind)
      expect(rules.has(rule), `unexpected ${rule}\n${described.join('\n')}`).toBe(false);
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeGreaterThanOrEqual(finding.start);
      expect(finding.end).toBeLessThanOrEqual(entry.text.length);
    }
  });
});
