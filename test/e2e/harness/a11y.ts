import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The two colour themes every page is checked in (the app follows `prefers-color-scheme`). */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface AccessibilityOptions {
  /**
   * Rule ids of minor (or moderate) findings accepted on this page, each with the reason in words.
   * Serious and critical ones are never accepted.
   */
  readonly explained?: Readonly<Record<string, string>>;
  /** Only this part of the page (a CSS selector), e.g. a dialog. */
  readonly within?: string;
}

/**
 * Minor findings accepted on every page, and why. Keep this list short and honest: each entry is a
 * finding axe reports that the app chooses not to change.
 */
export const EXPLAINED_EVERYWHERE: Readonly<Record<string, string>> = {};

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now, in the given theme:
 * zero serious or critical violations, and every other one explained (per page or everywhere).
 * Other features' pages call it after merge: `await expectAccessible(page, 'exercise library')`.
 */
/**
 * Waits for running CSS transitions (buttons ease their colours after a theme change or a hover)
 * so axe measures the colours a person sees, not a frame in between.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const ending = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity); // not a spinner
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
  });
}

export async function expectAccessible(
  page: Page,
  where: string,
  options: AccessibilityOptions & { readonly theme?: Theme } = {},
): Promise<void> {
  if (options.theme) await page.emulateMedia({ colorScheme: options.theme });
  await settled(page);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (options.within) builder = builder.include(options.within);
  const results = await builder.analyze();
  const explained = { ...EXPLAINED_EVERYWHERE, ...options.explained };
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact ?? 'unknown'} ${v.id}: ${v.help} — ${v.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(' | ')}`;
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const unexplained = results.violations.filter((v) => !serious.includes(v) && !(v.id in explained));
  const label = `${where}${options.theme ? ` (${options.theme})` : ''}`;
  expect(serious.map(describe), `serious or critical accessibility violations on ${label}`).toEqual([]);
  expect(unexplained.map(describe), `unexplained accessibility findings on ${label}`).toEqual([]);
}

/** The same check in the light and the dark theme, leaving the page in the light one. */
export async function expectAccessibleInBothThemes(
  page: Page,
  where: string,
  options: AccessibilityOptions = {},
): Promise<void> {
  for (const theme of THEMES) await expectAccessible(page, where, { ...options, theme });
  await page.emulateMedia({ colorScheme: 'light' });
}
