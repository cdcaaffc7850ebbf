import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { overtonChartData } from '../../../../shared/charts/overton-data';
import { OvertonChart, overtonChartHeight } from '../../../../shared/charts/OvertonChart';
import { trustChartData } from '../../../../shared/charts/trust-data';
import { TrustChart } from '../../../../shared/charts/TrustChart';
import { overtonBoard, trustBoard } from './fixtures';

/**
 * The charts must print inside a PDF report (issue 13: the sponsor report) through React's static
 * renderer, in Node, exactly as they show in the page: no DOM measurement, no effects. Any touch of
 * `document` or `window` during rendering fails these tests.
 */
const touched: string[] = [];
const trap = new Proxy(
  {},
  {
    get(_, property) {
      // Recorded as well as thrown: a library may swallow the error (visx's text measurer does).
      touched.push(String(property));
      throw new Error(`The chart touched the DOM while rendering (${String(property)}).`);
    },
  },
);
const globals = globalThis as Record<string, unknown>;
function withoutDom<T>(render: () => T): T {
  globals.document = trap;
  globals.window = trap;
  touched.length = 0;
  try {
    const result = render();
    expect(touched, 'DOM properties read while rendering').toEqual([]);
    return result;
  } finally {
    delete globals.document;
    delete globals.window;
  }
}
afterEach(() => {
  delete globals.document;
  delete globals.window;
});

const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;

describe('the trust chart as static SVG', () => {
  const markup = withoutDom(() =>
    renderToStaticMarkup(
      createElement(TrustChart, {
        data: trustChartData(trustBoard),
        width: 640,
        height: 340,
        title: 'Trust across sessions, Cedar',
      }),
    ),
  );

  it('is one accessible SVG of the given size with its title and a description in words', () => {
    expect(markup.startsWith('<svg')).toBe(true);
    expect(markup).toContain('width="640"');
    expect(markup).toContain('height="340"');
    expect(markup).toContain('role="img"');
    expect(markup).toMatch(/<title id="[^"]+">Trust across sessions, Cedar<\/title>/);
    expect(markup).toContain('dipping to −2 Hostile at session 2');
  });

  it('draws the line, a marker per reading, the labelled scale and the sessions', () => {
    expect(count(markup, /class="visx-linepath"/g)).toBe(1);
    expect(markup).toMatch(/class="visx-linepath" d="M[\d.]+,[\d.]+L/);
    // Three readings, and the legend's key of the pair.
    expect(count(markup, /<circle /g)).toBe(4);
    for (const label of ['+2 Warm', '+1 Cordial', '0 Guarded', '−1 Cold', '−2 Hostile', 'S1', 'S2', 'S3']) {
      expect(markup).toContain(`>${label}</text>`);
    }
  });

  it('marks indicators with letters and explains them, names the pair, takes its colours from CSS variables', () => {
    expect(markup).toContain('>C\u2009N</text>');
    expect(markup).toContain('>W</text>');
    expect(markup).toContain('Informal contact across sides');
    expect(markup).toContain('A walk-out (below the point)');
    expect(markup).toContain('>Side A – Side B</text>');
    expect(markup).toContain('stroke:var(--chart-series-1, #2b5797)');
    expect(markup).not.toMatch(/<script|on\w+=/i);
  });
});

describe('the Overton small multiples as static SVG', () => {
  const data = overtonChartData(overtonBoard, { placedOnly: true });
  const height = overtonChartHeight(data.rows.length);
  const markup = withoutDom(() =>
    renderToStaticMarkup(
      createElement(OvertonChart, { data, width: 720, height, title: 'Overton window, Water allocation' }),
    ),
  );

  it('gives each option a row with the six degrees labelled and a line per side', () => {
    expect(markup.startsWith('<svg')).toBe(true);
    expect(markup).toContain(`height="${height}"`);
    expect(count(markup, />Unthinkable<\/text>/g)).toBe(2);
    expect(count(markup, />Policy<\/text>/g)).toBe(2);
    expect(count(markup, /class="visx-linepath"/g)).toBe(4);
    expect(markup).toContain('>A shared water board</tspan>');
  });

  it('says each side’s movement in words and lays an Arabic title out right to left', () => {
    expect(markup).toContain(
      '>Side B: Unthinkable → Sensible</tspan><tspan x="14" dy="12">(3 steps toward policy)</tspan>',
    );
    expect(markup).toMatch(
      /direction="rtl"[^>]*>(<title>إدارة مشتركة للمياه<\/title>)?<tspan[^>]*>إدارة مشتركة للمياه<\/tspan>/,
    );
    expect(markup).toContain('Side A: Radical (session 2)');
  });
});
