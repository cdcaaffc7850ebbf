import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = resolve(import.meta.dirname, '../../../renderer');
const TOKENS = readFileSync(join(RENDERER, 'styles/tokens.css'), 'utf8');

type Theme = 'light' | 'dark';

/** Every colour token as its light and its dark value (`light-dark(a, b)`, or one value for both). */
function colourTokens(): Map<string, Record<Theme, string>> {
  const tokens = new Map<string, Record<Theme, string>>();
  for (const [, name, value] of TOKENS.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/gu)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/iu.exec(value!.trim());
    if (pair) tokens.set(name!, { light: pair[1]!, dark: pair[2]! });
    else if (/^#[0-9a-f]{6}$/iu.test(value!.trim())) tokens.set(name!, { light: value!.trim(), dark: value!.trim() });
  }
  return tokens;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text roles and the backgrounds each is drawn on in the app's stylesheets. */
const TEXT_ON: Record<string, readonly string[]> = {
  '--text': ['--surface', '--surface-sunken', '--surface-subtle', '--surface-hover', '--surface-raised', '--highlight'],
  '--text-secondary': ['--surface', '--surface-sunken', '--surface-subtle', '--surface-hover', '--surface-raised'],
  '--text-muted': ['--surface', '--surface-sunken', '--surface-subtle', '--surface-hover', '--surface-raised'],
  '--accent-text': ['--surface', '--surface-sunken', '--accent-soft', '--accent-soft-strong'],
  '--link': ['--surface', '--surface-sunken', '--surface-subtle', '--surface-raised'],
  '--on-fill': ['--accent-fill', '--accent-fill-hover', '--danger-fill', '--danger-fill-hover'],
  '--danger-text': ['--surface', '--danger-soft', '--surface-sunken'],
  '--warning-text': ['--surface', '--warning-soft', '--live-amber-soft'],
  '--success-text': ['--surface', '--success-soft'],
  '--live-normal': ['--surface'],
  '--live-amber': ['--surface', '--live-amber-soft'],
  '--live-red': ['--surface', '--live-red-soft'],
};

describe('design tokens', () => {
  const tokens = colourTokens();

  it('reads the tokens file (the parser finds the roles)', () => {
    expect(tokens.size).toBeGreaterThan(30);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives every text role at least 4.5:1 on its backgrounds in the ${theme} theme`, () => {
      const failures: string[] = [];
      for (const [text, backgrounds] of Object.entries(TEXT_ON)) {
        for (const background of backgrounds) {
          const fg = tokens.get(text)?.[theme];
          const bg = tokens.get(background)?.[theme];
          expect(fg, text).toBeDefined();
          expect(bg, background).toBeDefined();
          const ratio = contrast(fg!, bg!);
          if (ratio < 4.5) failures.push(`${text} on ${background}: ${ratio.toFixed(2)}:1`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`keeps the focus outline visible (3:1) on every surface in the ${theme} theme`, () => {
      for (const surface of ['--surface', '--surface-sunken', '--surface-raised']) {
        expect(contrast(tokens.get('--focus')![theme], tokens.get(surface)![theme]), surface).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('is the only place a colour is written: stylesheets and components name roles', () => {
    const files = readdirSync(RENDERER, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(css|tsx?)$/u.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !file.endsWith('tokens.css'));
    const colourLiteral = /#[0-9a-f]{3,8}\b(?![-\w])|\b(?:rgb|rgba|hsl|hsla|oklch|lab)\(|light-dark\(/iu;
    const offenders: string[] = [];
    const defined = new Set([...TOKENS.matchAll(/(--[a-z0-9-]+):/gu)].map((m) => m[1]!));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const local = new Set([...text.matchAll(/(--[a-z0-9-]+)\s*:/gu)].map((m) => m[1]!));
      text.split('\n').forEach((line, index) => {
        const where = `${relative(RENDERER, file)}:${index + 1}`;
        // In components only style values matter (not ids like "#main" or entity text).
        const checked = file.endsWith('.css') ? line : (/style=\{\{[^}]*\}\}/u.exec(line)?.[0] ?? '');
        if (colourLiteral.test(checked)) offenders.push(`${where} writes a colour: ${line.trim()}`);
        // A property set by a component (with a fallback here) is the component's own, not a token.
        for (const [, name, fallback] of line.matchAll(/var\((--[a-z0-9-]+)\s*(,)?/gu)) {
          if (!defined.has(name!) && !local.has(name!) && !fallback) {
            offenders.push(`${where} uses an unknown token ${name}`);
          }
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
