import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import { reportFontCss } from '../../../main/export/pdf/fonts';
import { footerTemplate, renderReportHtml } from '../../../main/export/report/report-document';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skip = !hasChromium || !hasPoppler;
if (skip) {
  console.warn(
    `chromium-engine tests skipped: ${hasChromium ? '' : `${CHROMIUM} is missing (apt-get install chromium)`} ${
      hasPoppler ? '' : 'pdftotext is missing (apt-get install poppler-utils)'
    }`,
  );
}

let folder: string;

/** Runs a poppler tool on the PDF and returns its output. */
async function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', pdf: Uint8Array): Promise<string> {
  const file = join(folder, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  const args = tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file];
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** pdftotext's text without white space or bidi controls: Arabic comes out with stray spaces. */
const compact = (text: string) => text.replace(/[\s\p{Cf}]+/gu, '');

describe.skipIf(skip)('createChromiumPdfEngine (real Chromium)', () => {
  let engine: PdfEngine;
  let fontCss: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-chromium-'));
    engine = createChromiumPdfEngine({ executablePath: CHROMIUM });
    fontCss = await reportFontCss();
  });
  afterAll(async () => {
    await engine?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('prints Latin, Arabic and Hebrew text with the bundled fonts and the running footer', async () => {
    const html = renderReportHtml({
      title: 'Engine test',
      fontCss,
      children: [
        createElement('h1', { key: 'h' }, 'Water sharing'),
        createElement('p', { key: 'ar', className: 'user-text', dir: 'auto' }, 'تقاسم المياه'),
        createElement('p', { key: 'he', className: 'user-text', dir: 'auto' }, 'חלוקת מים'),
      ],
    });
    const pdf = await engine.print({ html, footerTemplate: footerTemplate('Session 3 agenda · Chatham House Rule') });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const text = await poppler('pdftotext', pdf);
    expect(text).toContain('Water sharing');
    expect(compact(text)).toContain(compact('تقاسم المياه'));
    expect(compact(text)).toContain(compact('חלוקת מים'));
    expect(text).toContain('Session 3 agenda · Chatham House Rule');
    expect(text).toMatch(/Page 1 of 1/);

    // The CSP allows data: fonts only: the inlined Noto faces are the ones embedded.
    const fonts = await poppler('pdffonts', pdf);
    expect(fonts).toMatch(/NotoSans-/);
    expect(fonts).toMatch(/NotoSansArabic/);
    expect(fonts).toMatch(/NotoSansHebrew/);
    expect(await poppler('pdfinfo', pdf)).toMatch(/Page size:\s+595\.\d+ x 84\d\.\d+ pts \(A4\)/);
  });

  it('numbers every page in the footer', async () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => createElement('p', { key: i }, `Paragraph ${i + 1}`));
    const html = renderReportHtml({ title: 'Long', fontCss: '', children: paragraphs });
    const pdf = await engine.print({ html, footerTemplate: footerTemplate('Long') });
    const pages = Number(/Pages:\s+(\d+)/.exec(await poppler('pdfinfo', pdf))?.[1]);
    expect(pages).toBeGreaterThan(1);
    const text = await poppler('pdftotext', pdf);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
  });

  describe('loads nothing but the document', () => {
    let server: Server;
    let origin: string;
    const requests: string[] = [];
    // Connections, not only requests: from the https document, Chromium may open a connection to a
    // plain-http address and then refuse to send the request (mixed content, private network).
    let connections = 0;
    beforeAll(async () => {
      server = createServer((request, response) => {
        requests.push(request.url ?? '');
        response.writeHead(200, { 'content-type': 'text/css' }).end('body { color: red; }');
      });
      server.on('connection', () => connections++);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('prints a document that references outside images, styles, scripts and frames, and nothing connects', async () => {
      // Raw HTML without the report CSP: the engine's own routing must stop these on its own.
      const html = `<!doctype html><html><head><meta charset="utf-8">
        <link rel="stylesheet" href="https://example.com/x.css">
        <link rel="stylesheet" href="${origin}/local.css">
        <script src="${origin}/local.js"></script>
        </head><body>
        <p>Printed anyway</p>
        <img src="https://example.com/x.png" alt="">
        <img src="${origin}/local.png" alt="">
        <iframe src="${origin}/frame.html"></iframe>
        <object data="${origin}/object.html"></object>
        <embed src="${origin}/embed.html">
        <p style="background-image: url(${origin}/background.png)">Still here</p>
        </body></html>`;
      const pdf = await engine.print({ html, footerTemplate: footerTemplate('Offline') });
      const text = await poppler('pdftotext', pdf);
      expect(text).toContain('Printed anyway');
      expect(text).toContain('Still here');
      expect(text).toContain('Page 1 of 1');
      expect(connections).toBe(0);
      expect(requests).toEqual([]);
    });

    it('the local server does answer requests (so the check above can fail)', async () => {
      const response = await fetch(`${origin}/probe.css`);
      expect(response.status).toBe(200);
      expect(requests).toEqual(['/probe.css']);
      expect(connections).toBeGreaterThan(0);
      requests.length = 0;
      connections = 0;
    });
  });

  it('can be closed twice, and before it ever printed', async () => {
    const own = createChromiumPdfEngine({ executablePath: CHROMIUM });
    await expect(own.close()).resolves.toBeUndefined();
    const html = renderReportHtml({ title: 'Close', fontCss: '', children: createElement('p', null, 'Once') });
    expect((await own.print({ html, footerTemplate: footerTemplate('Close') })).length).toBeGreaterThan(0);
    await own.close();
    await expect(own.close()).resolves.toBeUndefined();
    // A closed engine starts a new browser for the next job.
    const again = await own.print({ html, footerTemplate: footerTemplate('Again') });
    expect(await poppler('pdftotext', again)).toContain('Once');
    await own.close();
  });

  it('fails cleanly when the browser cannot start', async () => {
    const broken = createChromiumPdfEngine({ executablePath: join(tmpdir(), 'no-such-chromium') });
    await expect(broken.print({ html: '<p>x</p>', footerTemplate: '' })).rejects.toThrow();
    await expect(broken.close()).resolves.toBeUndefined();
  });
});
