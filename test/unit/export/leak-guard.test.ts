import { describe, expect, it } from 'vitest';
import { ParleyFault } from '../../../main/errors';
import { assertNoSensitiveTerms, type ExportedText } from '../../../main/export/leak-guard';
import type { SensitiveTerm } from '../../../shared/redaction/leak-check';

const ROSTER: SensitiveTerm[] = [
  { kind: 'name', value: 'Yusuf Haddad' },
  { kind: 'alias', value: 'Abu Karim' },
  { kind: 'email', value: 'miriam.levi@example.org' },
  { kind: 'phone', value: '+41 22 555 01 23' },
];
const ADVICE = 'Rename the item, then export again.';

function faultOf(texts: readonly ExportedText[], terms: readonly SensitiveTerm[] = ROSTER): ParleyFault {
  try {
    assertNoSensitiveTerms(texts, terms, ADVICE);
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyFault);
    return error as ParleyFault;
  }
  throw new Error('assertNoSensitiveTerms did not throw');
}

describe('assertNoSensitiveTerms', () => {
  it('passes text that names nobody', () => {
    expect(() =>
      assertNoSensitiveTerms(
        [
          { where: 'The session title', text: 'Water sharing' },
          { where: 'Item 1 (day 1, 09:00)', text: 'Haddadin family farm visit' },
        ],
        ROSTER,
        ADVICE,
      ),
    ).not.toThrow();
    expect(() => assertNoSensitiveTerms([], ROSTER, ADVICE)).not.toThrow();
    expect(() => assertNoSensitiveTerms([{ where: 'x', text: 'Haddad' }], [], ADVICE)).not.toThrow();
  });

  it('refuses a name with NAME_IN_EXPORT, saying where it is but never what it is', () => {
    const fault = faultOf([
      { where: 'The session title', text: 'Water sharing' },
      { where: 'Item 2 (day 1, 10:00)', text: "Haddad's proposal" },
    ]);
    expect(fault.code).toBe('NAME_IN_EXPORT');
    expect(fault.message).toContain('Item 2 (day 1, 10:00)');
    expect(fault.message).toContain('a participant’s name');
    expect(fault.message).toContain(ADVICE);
    expect(fault.message).toContain('Nothing was written.');
    expect(fault.message.toLowerCase()).not.toContain('haddad');
    expect(fault.message.toLowerCase()).not.toContain('yusuf');
    expect(fault.message).not.toContain('proposal');
  });

  it('names the first place that leaks', () => {
    const fault = faultOf([
      { where: 'The venue', text: 'Villa Moynier' },
      { where: 'A topic of item 1', text: 'Abu Karim and the wells' },
      { where: 'The notes of item 3', text: 'Yusuf Haddad' },
    ]);
    expect(fault.message.startsWith('A topic of item 1 contains a participant’s name')).toBe(true);
    expect(fault.message).not.toContain('Karim');
  });

  it('calls contact details by what they are, without repeating them', () => {
    const email = faultOf([{ where: 'The notes of item 1', text: 'Write to miriam.levi@example.org' }]);
    expect(email.code).toBe('NAME_IN_EXPORT');
    expect(email.message).toContain('contact details');
    expect(email.message).not.toContain('miriam');
    const phone = faultOf([{ where: 'The venue', text: 'Reception +41 22 555 01 23' }]);
    expect(phone.message).toContain('The venue contains');
    expect(phone.message).not.toContain('555');
  });
});
