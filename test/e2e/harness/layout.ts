import type { Page } from '@playwright/test';

/** The sizes every page must work at (DESIGN.md: a small laptop, and 200 % zoom of 1280×800). */
export const LAYOUTS = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  small: { viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1 },
  // Browser zoom halves the CSS viewport and doubles the device pixels: the same as Ctrl+ + twice.
  zoom200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Sets the window size and zoom, then waits a frame so layout settles. */
export async function useLayout(page: Page, name: LayoutName): Promise<void> {
  await page.setViewportSize(LAYOUTS[name].viewport);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
}

/**
 * What is wrong with the layout on screen now, in words a reviewer reads: the window scrolling
 * sideways, elements reaching past the window's edges (unless inside a box that scrolls on its
 * own), and text cut off inside controls (a select, a date-time field, a button's label).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const html = el as HTMLElement;
      const name =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        html.innerText?.slice(0, 40) ??
        '';
      const cls = typeof html.className === 'string' && html.className ? `.${html.className.split(' ')[0]}` : '';
      return `<${el.tagName.toLowerCase()}${cls}> “${name.trim().replace(/\s+/g, ' ')}”`;
    };
    // Inside a box that scrolls sideways on its own (a wide table's TableBox), reaching past the
    // window is the box's business, not a fault; the main area itself does not count.
    const insideSidewaysScroller = (el: Element) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        if (parent.tagName === 'MAIN') return false;
        const style = getComputedStyle(parent);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') return true;
      }
      return false;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      // Visually hidden helpers (1px clipped boxes) are not on screen.
      return !(rect.width <= 1 && rect.height <= 1);
    };

    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`the window scrolls sideways (${root.scrollWidth}px of content in ${root.clientWidth}px)`);
    }
    // The one scrolling area must not scroll sideways, whatever its overflow style says.
    for (const area of document.querySelectorAll('main, [role="dialog"]')) {
      if (area.scrollWidth > area.clientWidth + 1) {
        problems.push(`${describe(area)} scrolls sideways (${area.scrollWidth}px of content in ${area.clientWidth}px)`);
      }
    }
    // The outermost element that reaches out is named; its children would only repeat it.
    const outside = new Set<Element>();
    for (const el of document.querySelectorAll('body *')) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if ((rect.right > width + 1 || rect.left < -1) && !insideSidewaysScroller(el)) {
        outside.add(el);
        if (el.parentElement && outside.has(el.parentElement)) continue;
        problems.push(
          `${describe(el)} reaches past the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width}px)`,
        );
      }
    }
    // An icon drawn inside a field (the search magnifier) stays inside that field's box.
    for (const icon of document.querySelectorAll('.search-field__icon')) {
      const input = icon.parentElement?.querySelector('input');
      if (!input || !visible(icon)) continue;
      const i = icon.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      if (i.left < box.left || i.right > box.right || i.top < box.top || i.bottom > box.bottom) {
        problems.push(`the icon of ${describe(input)} sits outside its box`);
      }
    }
    // Controls whose own text does not fit: the value of a field, the chosen option of a select.
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLElement>('select, input, button, .badge')) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLInputElement) {
        if (['checkbox', 'radio', 'hidden', 'range', 'color', 'file'].includes(el.type)) continue;
        if (el.type.startsWith('date') || el.type === 'time') {
          // A date-time field draws its own parts; its scroll width tells whether they fit.
          if (el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} cuts off its value`);
        }
        continue;
      }
      if (!(el instanceof HTMLSelectElement)) {
        if (el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible') {
          problems.push(`${describe(el)} cuts off its label`);
        }
        continue;
      }
      const text = el.selectedOptions[0]?.text ?? '';
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(text).width > room + 1) problems.push(`${describe(el)} cuts off “${text}”`);
    }
    return [...new Set(problems)];
  });
}
