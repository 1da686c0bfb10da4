import { describe, expect, test } from 'vitest';
import { organizationKey } from './organization';

describe('organizationKey', () => {
  test.each([
    ['Acme Inc.', 'ACME'],
    ['Acme, Inc', 'acme'],
    ['ACME Corporation', 'Acme'],
    ['Société Générale SA', 'societe generale'],
    ['The Home Depot', 'Home Depot, Inc.'],
    ['Procter & Gamble Co.', 'procter and gamble'],
    ['  Globex   GmbH ', 'globex'],
  ])('treats "%s" and "%s" as one organization', (a, b) => {
    expect(organizationKey(a)).toBe(organizationKey(b));
  });

  test.each([
    ['Acme', 'Acme Robotics'],
    ['Co-op Bank', 'Bank'],
    ['Limited Brands Inc', 'Brands'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(organizationKey(a)).not.toBe(organizationKey(b));
  });

  test('never reduces a name made only of a suffix to nothing', () => {
    expect(organizationKey('Company')).toBe('company');
    expect(organizationKey('The')).toBe('the');
  });
});
