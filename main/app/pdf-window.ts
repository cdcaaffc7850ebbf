import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session, WebPreferences } from 'electron';
import { randomBytes } from 'node:crypto';
import { mmToInches, PAGE, type PdfEngine, type PdfJob } from '../export/pdf/engine';
import { REPORT_CSP } from '../export/report/report-document';
import { APP_SCHEME, RESPONSE_HEADERS } from './protocol';

/**
 * The session reports are printed in. Without a `persist:` prefix it lives in memory only, and it
 * is not the page's: nothing of a report shares cookies, storage or the app:// handler of the
 * renderer. Index passes `session.fromPartition(REPORT_PARTITION, { cache: false })`.
 */
export const REPORT_PARTITION = 'parley-report';

/** Documents are served at app://report/<token>; in the report session nothing else answers. */
export const REPORT_HOST = 'report';
export const REPORT_ORIGIN = `${APP_SCHEME}://${REPORT_HOST}`;

/** Sent with every answer of the report session, errors included: the app's, with the report's CSP. */
export const REPORT_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...RESPONSE_HEADERS,
  'Content-Security-Policy': REPORT_CSP,
};

/** A job that has neither loaded nor printed by then is abandoned, so it cannot block the queue. */
export const DEFAULT_PRINT_TIMEOUT_MS = 120_000;

/** What the engine uses of a BrowserWindow (the real class fits; tests pass a fake). */
export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  isDestroyed(): boolean;
  destroy(): void;
}

export type PdfWindowClass = new (options: BrowserWindowConstructorOptions) => PdfWindow;

export interface PdfWindowDeps {
  /** Electron's BrowserWindow. */
  readonly BrowserWindow: PdfWindowClass;
  /** `session.fromPartition(REPORT_PARTITION, { cache: false })`, hardened like every session. */
  readonly session: Session;
  readonly timeoutMs?: number;
}

/**
 * The report window runs no code at all: no preload, no JavaScript, a sandboxed renderer. Every
 * option is spelled out, even where it is Electron's default, so a changed default cannot loosen it
 * silently and the unit test reads as the policy.
 */
export function reportWebPreferences(session: Session): WebPreferences {
  return {
    session,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // A report is HTML and CSS; its CSP forbids scripts too.
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    plugins: false,
    webgl: false,
    images: true,
    spellcheck: false,
    devTools: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    disableDialogs: true,
    safeDialogs: true,
    autoplayPolicy: 'user-gesture-required',
    // A hidden window is throttled otherwise, which only slows the print down.
    backgroundThrottling: false,
    zoomFactor: 1,
    // V8's code cache would store compiled page code on disk.
    v8CacheOptions: 'none',
  };
}

export function reportWindowOptions(session: Session): BrowserWindowConstructorOptions {
  return {
    title: 'Parley report',
    // About an A4 page at 96 dpi; the printed layout comes from printToPDF's page size.
    width: 794,
    height: 1123,
    show: false,
    // Laid out and painted although never shown: printing needs a rendered page.
    paintWhenInitiallyHidden: true,
    focusable: false,
    skipTaskbar: true,
    webPreferences: reportWebPreferences(session),
  };
}

/** printToPDF's options: the same page as the Playwright engine (main/export/pdf/chromium-engine.ts). */
export function printOptions(job: PdfJob): PrintToPDFOptions {
  return {
    pageSize: PAGE.format,
    landscape: false,
    margins: {
      top: mmToInches(PAGE.marginMm.top),
      right: mmToInches(PAGE.marginMm.right),
      bottom: mmToInches(PAGE.marginMm.bottom),
      left: mmToInches(PAGE.marginMm.left),
    },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: job.footerTemplate,
    preferCSSPageSize: false,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

const notFound = () => new Response(null, { status: 404, headers: REPORT_RESPONSE_HEADERS });

/**
 * The report session's app:// handler: the HTML of a job in progress at app://report/<token>, from
 * memory, and 404 for anything else (other hosts, paths, queries, methods, finished jobs).
 */
export function createReportRequestHandler(
  documents: ReadonlyMap<string, string>,
  onServed: (token: string) => void = () => undefined,
) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return notFound();
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== REPORT_HOST || url.username || url.password) {
      return notFound();
    }
    if (url.search || url.hash) return notFound();
    const token = url.pathname.slice(1);
    const html = documents.get(token);
    if (html === undefined) return notFound();
    onServed(token);
    return new Response(html, {
      status: 200,
      headers: { ...REPORT_RESPONSE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
    });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`The report window did not print within ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * PDF from Electron's own Chromium: each job opens a hidden, sandboxed window without JavaScript in
 * the report session, loads the document from memory (never a temp file; not a data: URL either,
 * which Chromium caps at 2 MB while reports inline about 1 MB of fonts), prints it and destroys the
 * window. Jobs run one at a time, so at most one report renderer is alive.
 */
export function createPdfWindowEngine(deps: PdfWindowDeps): PdfEngine {
  const documents = new Map<string, string>();
  const served = new Set<string>();
  const timeoutMs = deps.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  let handled = false;
  let queue: Promise<unknown> = Promise.resolve();

  const serve = () => {
    if (handled) return;
    deps.session.protocol.handle(
      APP_SCHEME,
      createReportRequestHandler(documents, (token) => served.add(token)),
    );
    handled = true;
  };

  async function run(job: PdfJob): Promise<Uint8Array> {
    serve();
    const token = randomBytes(24).toString('hex');
    documents.set(token, job.html);
    let window: PdfWindow | undefined;
    try {
      window = new deps.BrowserWindow(reportWindowOptions(deps.session));
      const opened = window;
      const pdf = await withTimeout(
        (async () => {
          await opened.loadURL(`${REPORT_ORIGIN}/${token}`);
          // Chromium "loads" an error page too: print only what was really served.
          if (!served.has(token)) throw new Error('The report window did not load the report.');
          return opened.webContents.printToPDF(printOptions(job));
        })(),
        timeoutMs,
      );
      return new Uint8Array(pdf);
    } finally {
      documents.delete(token);
      served.delete(token);
      if (window && !window.isDestroyed()) window.destroy();
    }
  }

  return {
    print(job) {
      const result = queue.then(() => run(job));
      queue = result.catch(() => undefined);
      return result;
    },
    /** After the jobs already queued; a later job registers the handler again. */
    close() {
      const closed = queue.then(() => {
        documents.clear();
        if (!handled) return;
        handled = false;
        deps.session.protocol.unhandle(APP_SCHEME);
      });
      queue = closed.catch(() => undefined);
      return closed;
    },
  };
}
