import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts every report is set in, from the @fontsource packages the renderer uses too: Noto Sans
 * (Latin, Cyrillic, Greek…), Noto Sans Arabic and Noto Sans Hebrew, regular and semi-bold. Each
 * @font-face keeps its unicode-range, so Chromium picks the right face per script. Bundled, never
 * fetched.
 */
export const REPORT_FONTS = [
  { family: '@fontsource/noto-sans', weights: [400, 600] },
  { family: '@fontsource/noto-sans-arabic', weights: [400, 600] },
  { family: '@fontsource/noto-sans-hebrew', weights: [400, 600] },
] as const;

/** The font stack of reports: Latin first, then the faces that carry Arabic and Hebrew. */
export const REPORT_FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', sans-serif";

/** The files a packaged app carries for reports (copied by scripts/build.mjs), relative to a fonts root. */
export function reportFontFiles(): string[] {
  return REPORT_FONTS.flatMap(({ family, weights }) => weights.map((weight) => `${family}/${weight}.css`));
}

const SOURCE =
  /url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)(?:,\s*url\(\.\/files\/[\w.-]+\.woff\) format\('woff'\))?/g;

/**
 * The @font-face rules of one fontsource stylesheet with each woff2 inlined as a data: URI (the
 * report loads nothing: its CSP is `default-src 'none'`), and the woff fallback dropped.
 */
export async function inlineFontCss(cssFile: string): Promise<string> {
  const css = await readFile(cssFile, 'utf8');
  const folder = dirname(cssFile);
  const files = new Map<string, string>();
  for (const [, file] of css.matchAll(SOURCE)) {
    if (file && !files.has(file)) {
      files.set(file, (await readFile(join(folder, 'files', file))).toString('base64'));
    }
  }
  return css.replace(
    SOURCE,
    (_match, file: string) => `url(data:font/woff2;base64,${files.get(file)}) format('woff2')`,
  );
}

/** node_modules, found from this file (in the sources, the CLI bundle and tests alike). */
function nodeModulesRoot(): string {
  const packageJson = createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json');
  return dirname(dirname(dirname(packageJson)));
}

const cache = new Map<string, Promise<string>>();

/**
 * The report font CSS, read once per fonts root: `fontsRoot` is the app's copy (dist/report-fonts)
 * or, by default, node_modules.
 */
export function reportFontCss(fontsRoot?: string): Promise<string> {
  const root = fontsRoot ?? nodeModulesRoot();
  let css = cache.get(root);
  if (!css) {
    css = Promise.all(reportFontFiles().map((file) => inlineFontCss(join(root, file)))).then((parts) =>
      parts.join('\n'),
    );
    css.catch(() => cache.delete(root));
    cache.set(root, css);
  }
  return css;
}
