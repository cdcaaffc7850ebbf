import { chromium, type Browser } from 'playwright-core';
import { ParleyFault } from '../../errors';
import { CHROMIUM_ARGS, chromiumEnvironment, findChromium } from './chromium';
import { PAGE, type PdfEngine, type PdfJob } from './engine';

/** The document's address inside the engine; it never leaves the process (every request is routed). */
const DOCUMENT_URL = 'https://report.parley.invalid/';

const mm = (value: number) => `${value}mm`;

export interface ChromiumEngineOptions {
  readonly executablePath?: string;
}

/**
 * PDF from a headless Chromium driven by Playwright, for the CLI, tests and benchmarks (the app
 * uses Electron's own Chromium: main/app/pdf-window.ts). The browser starts on the first job and is
 * kept until `close()`; each job gets a fresh context with JavaScript off, and the document is
 * served from memory while every other request is refused.
 */
export function createChromiumPdfEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  let browser: Promise<Browser> | undefined;

  const launch = () => {
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath) {
      throw new ParleyFault(
        'PDF_UNAVAILABLE',
        'No Chromium was found to print the PDF. Install Chromium (Debian: apt-get install chromium) or set PARLEY_CHROMIUM.',
      );
    }
    return chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND'],
      headless: true,
      env: chromiumEnvironment(),
    });
  };

  return {
    async print(job: PdfJob) {
      // A failed start is not kept: the next job tries again (Chromium installed meanwhile).
      browser ??= Promise.resolve()
        .then(launch)
        .catch((error: unknown) => {
          browser = undefined;
          throw error;
        });
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) =>
          route.request().url() === DOCUMENT_URL
            ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: job.html })
            : route.abort('blockedbyclient'),
        );
        await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: PAGE.format,
          margin: {
            top: mm(PAGE.marginMm.top),
            right: mm(PAGE.marginMm.right),
            bottom: mm(PAGE.marginMm.bottom),
            left: mm(PAGE.marginMm.left),
          },
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: job.footerTemplate,
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      const launched = browser;
      browser = undefined;
      if (launched) await (await launched.catch(() => undefined))?.close();
    },
  };
}
