import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface App {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Serves the built app (dist/, or a copy of it in `outDir`) on a free loopback port and starts
 * headless Chromium with `extraArgs` added.
 */
export async function startApp(
  extraArgs: readonly string[] = [],
  { outDir = 'dist' }: { outDir?: string } = {},
): Promise<App> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `vite build` before the e2e tests.');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium.`);
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('The preview server did not report its address.');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...extraArgs,
    ],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for, to prove nothing leaves the machine. */
  readonly requests: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
}

export async function openPage(
  app: App,
  options: { width?: number; height?: number } = {},
): Promise<Session> {
  const context = await app.browser.newContext({
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(app.url);
  return { context, page, requests, errors };
}

export interface View {
  readonly width: number;
  readonly height: number;
  readonly scheme: 'light' | 'dark';
}

/**
 * A page in a context of its own, for a viewport and a colour scheme, with the CSP bypassed so that
 * seriousViolations can inject axe-core's script (the built app's CSP rightly forbids that).
 */
export async function openView(app: App, view: View): Promise<Session> {
  const context = await app.browser.newContext({
    acceptDownloads: true,
    bypassCSP: true,
    viewport: { width: view.width, height: view.height },
    colorScheme: view.scheme,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  return { context, page, requests: [], errors };
}

let axeSource: string | null = null;

/** axe-core's serious and critical violations on the page (a page from openView): rule, impact, first targets. */
export async function seriousViolations(page: Page): Promise<unknown[]> {
  axeSource ??= readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target) }));
  });
}

/** A CSV's cells as the tests compare them: a byte-order mark and blank lines left out. */
export const csvRows = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true }).data;

/** Drops a file on the drop-zone the way a person's drag-and-drop does: a real DragEvent with a DataTransfer. */
export async function dropFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const bytes = Array.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  const dataTransfer = await page.evaluateHandle(
    ({ name: fileName, bytes: data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'text/csv' }));
      return transfer;
    },
    { name, bytes },
  );
  await page.dispatchEvent('[data-testid="dropzone"]', 'dragover', { dataTransfer });
  await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer });
}

/** How many pairs of the elements matching `selector` overlap on screen (half a pixel of slack). */
export async function overlappingPairs(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((nodes) => {
    const boxes = nodes.map((n) => n.getBoundingClientRect());
    let pairs = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5
        )
          pairs++;
      }
    return pairs;
  });
}

/** Clicks the button with data-testid `testId` and reads the saved file back: its suggested name and its text. */
export async function downloadFile(
  session: Session,
  testId: string,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    session.page.waitForEvent('download'),
    session.page.click(`[data-testid="${testId}"]`),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Clicks Download and reads the labeled CSV back. */
export const downloadCsv = (session: Session): Promise<{ name: string; text: string }> =>
  downloadFile(session, 'download');
