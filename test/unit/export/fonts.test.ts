import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFontCss, REPORT_FONTS, reportFontCss, reportFontFiles } from '../../../main/export/pdf/fonts';

const nodeModules = dirname(
  dirname(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'))),
);

/** The `src:` values of every @font-face in `css` (a value ends at the line's `;`). */
const sources = (css: string) => [...css.matchAll(/src:\s*(.*);$/gm)].map(([, src]) => src!);
const count = (css: string, pattern: RegExp) => css.match(pattern)?.length ?? 0;

describe('reportFontFiles', () => {
  it('lists the regular and semi-bold stylesheet of each family', () => {
    expect(reportFontFiles()).toEqual([
      '@fontsource/noto-sans/400.css',
      '@fontsource/noto-sans/600.css',
      '@fontsource/noto-sans-arabic/400.css',
      '@fontsource/noto-sans-arabic/600.css',
      '@fontsource/noto-sans-hebrew/400.css',
      '@fontsource/noto-sans-hebrew/600.css',
    ]);
    expect(REPORT_FONTS.map(({ family }) => family)).toHaveLength(3);
  });
});

describe('reportFontCss', () => {
  let css: string;
  let originals: string[];
  beforeAll(async () => {
    css = await reportFontCss();
    originals = await Promise.all(reportFontFiles().map((file) => readFile(join(nodeModules, file), 'utf8')));
  });

  it('has @font-face rules for Noto Sans, Noto Sans Arabic and Noto Sans Hebrew', () => {
    for (const family of ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew']) {
      expect(css).toContain(`font-family: '${family}';`);
    }
    const faces = originals.reduce((sum, original) => sum + count(original, /@font-face/g), 0);
    expect(faces).toBeGreaterThan(0);
    expect(count(css, /@font-face/g)).toBe(faces);
  });

  it('inlines every source as one woff2 data: URI and refers to no file', () => {
    const srcs = sources(css);
    expect(srcs).toHaveLength(count(css, /@font-face/g));
    for (const src of srcs) expect(src).toMatch(/^url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)$/);
    expect(css).not.toContain('url(./files');
    expect(css).not.toMatch(/\.woff2?\)/);
    expect(css).not.toMatch(/url\((?!data:)/);
  });

  it('inlines real woff2 fonts', () => {
    for (const [, base64] of css.matchAll(/data:font\/woff2;base64,([A-Za-z0-9+/]+=*)/g)) {
      expect(Buffer.from(base64!, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });

  it('keeps each face’s unicode-range, so the Arabic and Hebrew faces cover their scripts', () => {
    const ranges = originals.flatMap((original) =>
      [...original.matchAll(/unicode-range:[^;]*;/g)].map(([range]) => range),
    );
    expect(ranges.length).toBe(count(css, /@font-face/g));
    for (const range of ranges) expect(css).toContain(range);
    expect(css).toMatch(/font-family: 'Noto Sans Arabic';[^}]*unicode-range:[^;]*U\+0600-06FF/);
    expect(css).toMatch(/font-family: 'Noto Sans Hebrew';[^}]*unicode-range:[^;]*U\+0590-05FF/);
  });

  it('reads from the given fonts root', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'parley-fonts-'));
    try {
      await expect(reportFontCss(empty)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('inlineFontCss', () => {
  let folder: string;
  const woff2 = Buffer.from([0x77, 0x4f, 0x46, 0x32, 0x00, 0x01, 0xff, 0xfe, 0x80, 0x7f, 0x3d, 0x2b]);
  const other = Buffer.from('wOF2 another face');
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-font-css-'));
    await mkdir(join(folder, 'files'));
    await writeFile(join(folder, 'files', 'x-latin-400-normal.woff2'), woff2);
    await writeFile(join(folder, 'files', 'x-greek-400-normal.woff2'), other);
    await writeFile(
      join(folder, '400.css'),
      [
        '/* x-latin-400-normal */',
        '@font-face {',
        "  font-family: 'X';",
        "  src: url(./files/x-latin-400-normal.woff2) format('woff2'), url(./files/x-latin-400-normal.woff) format('woff');",
        '  unicode-range: U+0000-00FF;',
        '}',
        '@font-face {',
        "  font-family: 'X';",
        "  src: url(./files/x-greek-400-normal.woff2) format('woff2');",
        '  unicode-range: U+0370-03FF;',
        '}',
        '@font-face {',
        "  font-family: 'X Bold';",
        "  src: url(./files/x-latin-400-normal.woff2) format('woff2'), url(./files/x-latin-400-normal.woff) format('woff');",
        '}',
      ].join('\n'),
    );
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('replaces each woff2 reference with exactly that file’s bytes and drops the woff fallback', async () => {
    const css = await inlineFontCss(join(folder, '400.css'));
    const srcs = sources(css);
    expect(srcs).toEqual([
      `url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2')`,
      `url(data:font/woff2;base64,${other.toString('base64')}) format('woff2')`,
      `url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2')`,
    ]);
    const [first] = css.matchAll(/base64,([^)]*)\)/g);
    expect(Buffer.from(first![1]!, 'base64').equals(woff2)).toBe(true);
    expect(css).not.toContain('.woff');
    expect(css).toContain('unicode-range: U+0000-00FF;');
    expect(css).toContain('unicode-range: U+0370-03FF;');
    expect(css).toContain('/* x-latin-400-normal */');
  });

  it('fails when a referenced font file is missing', async () => {
    const css = join(folder, 'missing.css');
    await writeFile(css, "@font-face { src: url(./files/nope.woff2) format('woff2'); }");
    await expect(inlineFontCss(css)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
