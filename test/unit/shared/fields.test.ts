import { describe, expect, it } from 'vitest';
import { Passphrase, text, WorkspaceName } from '../../../shared/contract/fields';

describe('contract text fields', () => {
  const line = text({ min: 1, max: 10 });
  it('normalises to NFC and counts the normalised length', () => {
    expect(line.parse('Cafe\u0301')).toBe('Café');
  });
  it('refuses lone surrogates, control characters, newlines in single-line text, and overlong text', () => {
    for (const bad of ['a\uDC00', 'a\u0000', 'a\u001B[31m', 'two\nlines', 'x'.repeat(11), '   ']) {
      expect(line.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it('accepts tabs and newlines in multiline text, and right-to-left or emoji text', () => {
    const body = text({ max: 100, multiline: true });
    expect(body.parse('line one\n\tline two')).toBe('line one\n\tline two');
    expect(body.parse('مياه 🌊 מים')).toBe('مياه 🌊 מים');
  });
  it('keeps workspace names to a neutral slug that cannot escape the workspaces folder', () => {
    for (const ok of ['cedar', 'Cedar 2026', 'a.b_c-d']) expect(WorkspaceName.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', '..', '../x', 'a/b', 'a\\b', '.hidden', 'x.', 'ملف', 'x'.repeat(65)]) {
      expect(WorkspaceName.safeParse(bad).success, bad).toBe(false);
    }
  });
  it('bounds passphrases', () => {
    expect(Passphrase.safeParse('').success).toBe(false);
    expect(Passphrase.safeParse('x'.repeat(1025)).success).toBe(false);
  });
});
