import { describe, expect, it } from 'vitest';
import { redactWithin } from '../../../main/services/purge-text';
import { WITHDRAWN_MARK } from '../../../main/services/notes/redact';

const NAMES = ['A1', 'Salim Ḥaddād'];

describe('redactWithin', () => {
  it('replaces every mention with the mark, and says when there is none', () => {
    expect(redactWithin('A1 met salim haddad.', NAMES)).toBe(`${WITHDRAWN_MARK} met ${WITHDRAWN_MARK}.`);
    expect(redactWithin('Nobody here', NAMES)).toBeNull();
    expect(redactWithin('(A1)', NAMES, {}, '(withdrawn participant)')).toBe('((withdrawn participant))');
  });

  it('uses the shortest mark when the usual one would not fit, and cuts the end as a last resort', () => {
    expect(redactWithin('A1 spoke', NAMES, { maxChars: 12 })).toBe('— spoke');
    expect(redactWithin('A1 spoke at length', NAMES, { maxChars: 8 })).toBe('— spoke ');
    expect(redactWithin('A1 spoke', NAMES, { maxChars: 30 })).toBe(`${WITHDRAWN_MARK} spoke`);
  });

  it('counts bytes where the database does, never leaving half a character', () => {
    const arabic = 'A1 قال ذلك';
    const fitted = redactWithin(arabic, NAMES, { maxBytes: 9 })!;
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(9);
    expect(fitted).toBe('— قا');
    expect(fitted).not.toContain('\uFFFD');
    const emoji = redactWithin('A1 🌿🌿', NAMES, { maxChars: 5 })!;
    expect(emoji).toBe('— 🌿');
    expect(redactWithin('A1 🌿🌿', NAMES, { maxChars: 3 })).toBe('— ');
  });
});
