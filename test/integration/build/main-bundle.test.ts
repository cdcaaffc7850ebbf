import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Review defect 9: the main bundle carried React's development build, because NODE_ENV was not
 * defined when esbuild bundled it (react-dom/server renders every report in main). Builds main
 * with the real build script and reads what it holds.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(ROOT, 'node_modules', '.cache', 'parley-main-bundle-test');
const BUNDLE = join(OUT, 'index.cjs');

interface BuildScript {
  buildMain(outfile: string, options: { preload: boolean }): Promise<void>;
}
const buildPath = '../../../scripts/build.mjs';

describe('the main bundle (scripts/build.mjs)', () => {
  let source = '';
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    await ((await import(buildPath)) as BuildScript).buildMain(BUNDLE, { preload: false });
    source = await readFile(BUNDLE, 'utf8');
  }, 60_000);
  afterAll(() => rm(OUT, { recursive: true, force: true }));

  it('carries React’s production build, not its development build', () => {
    expect(source).toContain('renderToStaticMarkup');
    expect(source).not.toMatch(/react-dom-server[.\w-]*\.development/);
    expect(source).not.toContain('react.development');
    // A development build names its own checks in warnings like this one.
    expect(source).not.toContain('Each child in a list should have a unique "key" prop');
  });
});
