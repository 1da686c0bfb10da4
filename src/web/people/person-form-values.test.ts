import { describe, expect, test } from 'vitest';
import { aPerson } from '../testing/people';
import { changedFields, issuesToErrors, toFormValues } from './person-form-values';

describe('person form values', () => {
  test('a PATCH carries only the fields that changed, with blanks as null', () => {
    const base = toFormValues(aPerson());
    const changes = changedFields(base, { ...base, title: '  ', tags: ['ux', 'research'] });
    expect(changes).toEqual({ title: null, tags: ['ux', 'research'] });
  });

  test('a list issue names the item it is about', () => {
    const values = { ...toFormValues(), emails: ['ok@example.com', 'nope'] };
    const errors = issuesToErrors(
      [{ path: 'emails.1', message: 'must be an email address' }],
      values,
    );
    expect(errors).toEqual({ emails: '“nope”: must be an email address' });
  });
});
