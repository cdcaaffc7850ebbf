import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible, settled, THEMES } from './a11y';
import { expect, type ParleyApp } from './app';
import { LAYOUTS, layoutProblems, useLayout, type LayoutName } from './layout';

const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots/walk');

/**
 * One page as it is now, at 1280×800, at 1024×640 and at 200 % zoom of 1280×800, in the light and
 * the dark theme: nothing cut off, the window never scrolling sideways, and axe-core finding
 * nothing serious. Screenshots of each land in test-results/screenshots/walk to be looked at.
 */
export async function look(app: ParleyApp, name: string): Promise<void> {
  const { page } = app;
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const layout of Object.keys(LAYOUTS) as LayoutName[]) {
    await useLayout(page, layout);
    expect(await layoutProblems(page), `${name} at ${layout}`).toEqual([]);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      // Buttons ease their colour after a theme change: look at the colours once they have settled.
      await settled(page);
      // The contrast of every colour in both themes, once per page (at the small laptop's size).
      if (layout === 'small') await expectAccessible(page, `${name} at ${layout}`, { theme });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${layout}-${theme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await useLayout(page, 'desktop');
}

/** Opens a section from the navigation. */
export const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();
