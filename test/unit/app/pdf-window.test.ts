import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron';
import { REPORT_CSP } from '../../../main/export/report/report-document';
import {
  createPdfWindowEngine,
  REPORT_PARTITION,
  reportWebPreferences,
  type PdfWindowClass,
} from '../../../main/app/pdf-window';
import { isAllowedRequestUrl } from '../../../main/app/security';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

type Handler = (request: Request) => Promise<Response>;

/** The report session's protocol: Chromium asks it for every app: request of the report window. */
class FakeReportSession {
  readonly handlers = new Map<string, Handler>();
  readonly unhandled: string[] = [];
  readonly protocol = {
    handle: vi.fn((scheme: string, handler: Handler) => {
      if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
      this.handlers.set(scheme, handler);
    }),
    unhandle: vi.fn((scheme: string) => {
      this.handlers.delete(scheme);
      this.unhandled.push(scheme);
    }),
  };
  /** What the report window would get for a URL. */
  async fetch(url: string, method = 'GET'): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, { method }));
  }
}

interface Loaded {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

let session: FakeReportSession;
let windows: FakeReportWindow[];
/** Runs inside loadURL, while the job's document is being served. */
let duringLoad: (window: FakeReportWindow) => Promise<void>;
let printImpl: (options: PrintToPDFOptions) => Promise<Uint8Array>;
let loadImpl: ((url: string) => Promise<void>) | undefined;

class FakeReportWindow {
  destroyed = false;
  loaded: Loaded | undefined;
  readonly printToPDF = vi.fn((options: PrintToPDFOptions) => printImpl(options));
  readonly webContents = { printToPDF: this.printToPDF };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    windows.push(this);
  }
  async loadURL(url: string): Promise<void> {
    if (loadImpl) return loadImpl(url);
    const response = await session.fetch(url);
    this.loaded = { url, status: response.status, headers: response.headers, body: await response.text() };
    await duringLoad(this);
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
const job = { html: '<!doctype html><title>Agenda</title><p>مرحبا — שלום', footerTemplate: '<div>Agenda</div>' };

const engine = (timeoutMs?: number) =>
  createPdfWindowEngine({
    BrowserWindow: FakeReportWindow as unknown as PdfWindowClass,
    session: session as unknown as Session,
    timeoutMs,
  });

beforeEach(() => {
  session = new FakeReportSession();
  windows = [];
  duringLoad = async () => undefined;
  printImpl = async () => PDF;
  loadImpl = undefined;
});

describe('the report window', () => {
  it('is hidden, sandboxed, without preload or JavaScript, in the report session', async () => {
    await engine().print(job);
    expect(windows).toHaveLength(1);
    const options = windows[0]!.options;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(reportWebPreferences(session as unknown as Session));
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).not.toHaveProperty('partition');
    expect(options.webPreferences?.session).toBe(session);
  });

  it('spells out every security option', () => {
    const own = session as unknown as Session;
    expect(reportWebPreferences(own)).toEqual({
      session: own,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
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
      backgroundThrottling: false,
      zoomFactor: 1,
      v8CacheOptions: 'none',
    });
  });

  it('lives in an in-memory partition of its own', () => {
    expect(REPORT_PARTITION).not.toMatch(/^persist:/);
    expect(REPORT_PARTITION).not.toBe('parley');
  });
});

describe('serving the document from memory', () => {
  it('answers app://report/<token> with the HTML, the report CSP and no caching', async () => {
    await engine().print(job);
    const loaded = windows[0]!.loaded!;
    expect(loaded.url).toMatch(/^app:\/\/report\/[0-9a-f]{48}$/);
    expect(loaded.status).toBe(200);
    expect(loaded.body).toBe(job.html);
    expect(loaded.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(loaded.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expect(loaded.headers.get('x-content-type-options')).toBe('nosniff');
    expect(loaded.headers.get('cache-control')).toBe('no-store');
  });

  it('the session request filter lets the document through', async () => {
    await engine().print(job);
    expect(isAllowedRequestUrl(windows[0]!.loaded!.url, { allowDevTools: false })).toBe(true);
  });

  it('forgets the document once the job is done: a second fetch is a 404', async () => {
    const pdf = engine();
    await pdf.print(job);
    const again = await session.fetch(windows[0]!.loaded!.url);
    expect(again.status).toBe(404);
    expect(await again.text()).toBe('');
    expect(again.headers.get('content-security-policy')).toBe(REPORT_CSP);
  });

  it('forgets it after a failed job too', async () => {
    printImpl = async () => {
      throw new Error('printing failed');
    };
    await expect(engine().print(job)).rejects.toThrow('printing failed');
    expect((await session.fetch(windows[0]!.loaded!.url)).status).toBe(404);
  });

  it('gives a fresh token to every job', async () => {
    const pdf = engine();
    await pdf.print(job);
    await pdf.print(job);
    expect(windows[0]!.loaded!.url).not.toBe(windows[1]!.loaded!.url);
  });

  it('answers 404 to anything but the document, even while it is served', async () => {
    const answers: Record<string, number> = {};
    duringLoad = async (window) => {
      const token = window.loaded!.url;
      for (const [url, method] of [
        ['app://report/', 'GET'],
        ['app://report/0123456789abcdef', 'GET'],
        ['app://parley/index.html', 'GET'],
        [`${token.replace('app://report/', 'app://parley/')}`, 'GET'],
        [`${token}/`, 'GET'],
        [`${token}?x=1`, 'GET'],
        [`${token}.css`, 'GET'],
        [token, 'POST'],
      ] as const) {
        const response = await session.fetch(url, method);
        answers[`${method} ${url}`] = response.status;
        expect(response.headers.get('content-security-policy')).toBe(REPORT_CSP);
      }
      // The document itself is still there.
      answers.self = (await session.fetch(token)).status;
    };
    await engine().print(job);
    const { self, ...others } = answers;
    expect(self).toBe(200);
    expect(Object.values(others)).toHaveLength(8);
    expect(new Set(Object.values(others))).toEqual(new Set([404]));
  });

  it('refuses to print a page that was not the document (an error page)', async () => {
    loadImpl = async () => undefined; // "loaded" without asking for the document
    await expect(engine().print(job)).rejects.toThrow(/did not load/);
    expect(windows[0]!.printToPDF).not.toHaveBeenCalled();
    expect(windows[0]!.destroyed).toBe(true);
  });
});

describe('printing', () => {
  it('prints A4 with the report margins, the footer, an outline and tags', async () => {
    const bytes = await engine().print(job);
    expect(Array.from(bytes)).toEqual(Array.from(PDF));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(windows[0]!.printToPDF).toHaveBeenCalledTimes(1);
    expect(windows[0]!.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: false,
      margins: { top: 16 / 25.4, right: 16 / 25.4, bottom: 20 / 25.4, left: 16 / 25.4 },
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div>Agenda</div>',
      preferCSSPageSize: false,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
  });

  it('prints only once the document has loaded', async () => {
    const order: string[] = [];
    duringLoad = async () => {
      order.push('loading');
    };
    printImpl = async () => {
      order.push('print');
      return PDF;
    };
    await engine().print(job);
    expect(order).toEqual(['loading', 'print']);
  });

  it('destroys the window after printing', async () => {
    await engine().print(job);
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('destroys the window when printToPDF rejects, and the next job still runs', async () => {
    printImpl = async () => {
      throw new Error('printing failed');
    };
    const pdf = engine();
    await expect(pdf.print(job)).rejects.toThrow('printing failed');
    expect(windows[0]!.destroyed).toBe(true);
    printImpl = async () => PDF;
    await expect(pdf.print(job)).resolves.toEqual(PDF);
    expect(windows[1]!.destroyed).toBe(true);
  });

  it('destroys the window when loading fails', async () => {
    loadImpl = async () => {
      throw new Error('ERR_FAILED (-2) loading app://report/…');
    };
    await expect(engine().print(job)).rejects.toThrow('ERR_FAILED');
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('gives up on a job that hangs, destroys its window and goes on with the next', async () => {
    loadImpl = () => new Promise<void>(() => undefined);
    const pdf = engine(20);
    await expect(pdf.print(job)).rejects.toThrow(/did not print within 20 ms/);
    expect(windows[0]!.destroyed).toBe(true);
    loadImpl = undefined;
    await expect(pdf.print(job)).resolves.toEqual(PDF);
  });

  it('runs one job at a time', async () => {
    let alive = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    printImpl = () => {
      alive += 1;
      most = Math.max(most, alive);
      return new Promise<Uint8Array>((resolve) =>
        releases.push(() => {
          alive -= 1;
          resolve(PDF);
        }),
      );
    };
    const pdf = engine();
    const first = pdf.print({ ...job, html: '<p>first</p>' });
    const second = pdf.print({ ...job, html: '<p>second</p>' });
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(windows).toHaveLength(1);
    releases[0]!();
    await first;
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    expect(windows).toHaveLength(2);
    expect(windows[0]!.destroyed).toBe(true);
    releases[1]!();
    await second;
    expect(most).toBe(1);
    expect(windows.map((w) => w.loaded!.body)).toEqual(['<p>first</p>', '<p>second</p>']);
  });
});

describe('close', () => {
  it('registers the report handler once and removes it on close', async () => {
    const pdf = engine();
    expect(session.protocol.handle).not.toHaveBeenCalled();
    await pdf.print(job);
    await pdf.print(job);
    expect(session.protocol.handle).toHaveBeenCalledTimes(1);
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    await pdf.close();
    expect(session.unhandled).toEqual(['app']);
    expect(session.handlers.size).toBe(0);
  });

  it('waits for the job in progress, and a later job serves again', async () => {
    let release: () => void = () => undefined;
    printImpl = () => new Promise<Uint8Array>((resolve) => (release = () => resolve(PDF)));
    const pdf = engine();
    const printing = pdf.print(job);
    await vi.waitFor(() => expect(windows[0]?.printToPDF).toHaveBeenCalled());
    const closing = pdf.close();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(session.unhandled).toEqual([]);
    release();
    await expect(printing).resolves.toEqual(PDF);
    await closing;
    expect(session.unhandled).toEqual(['app']);

    printImpl = async () => PDF;
    await expect(pdf.print(job)).resolves.toEqual(PDF);
    expect(session.protocol.handle).toHaveBeenCalledTimes(2);
  });

  it('does nothing when nothing was printed', async () => {
    await engine().close();
    expect(session.protocol.unhandle).not.toHaveBeenCalled();
  });
});
