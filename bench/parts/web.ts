import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { percentiles, progress, round } from '../lib/stats.ts';

export interface WebResult {
  /** What the login page loads before anyone logs in: every script, raw and gzip-compressed. */
  loginJs: { files: number; rawKB: number; gzipKB: number };
  /** From navigation start to the first page of the queue on screen, in ms (the page's own clock). */
  queue: { path: string; cold: number | null; warm: { p50: number | null; max: number | null; runs: number }; rows: number };
}

const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];

/**
 * Marks, on the page's own clock (ms since navigation start), the moment the first page of a
 * list is on screen: a table row of data, or the list's "nothing here" when it is empty.
 */
const FIRST_PAGE_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-row-key], .ant-table-placeholder .ant-empty')) {
      window.__firstPage = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
`;

/**
 * The console as a browser sees it, on the bench's database: the login page's scripts, and how
 * long the dispatcher's queue takes to show its first page with every ticket in the database.
 */
export async function web(url: string, session: { token: string; user: unknown }, path: string, runs: number): Promise<WebResult> {
  const browser = await chromium.launch({ executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium', args: BROWSER_ARGS });
  try {
    const anonymous = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const scripts: Promise<Buffer>[] = [];
    const page = await anonymous.newPage();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(`${url}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('button').first().waitFor();
    const bodies = await Promise.all(scripts);
    const loginJs = {
      files: bodies.length,
      rawKB: round(bodies.reduce((sum, b) => sum + b.length, 0) / 1024, 1)!,
      gzipKB: round(bodies.reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024, 1)!,
    };
    await anonymous.close();
    progress(`  web: login page loads ${loginJs.files} scripts, ${loginJs.rawKB} kB (${loginJs.gzipKB} kB gzip)`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(`localStorage.setItem('whistle.session', ${JSON.stringify(JSON.stringify(session))});`);
    await context.addInitScript(FIRST_PAGE_PROBE);
    const queue = await context.newPage();
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i <= runs; i++) {
      await queue.goto(`${url}${path}`, { waitUntil: 'commit' });
      // Functions, not strings: the console's CSP forbids eval, and a function is called, not evaluated.
      const mark = () => (globalThis as { __firstPage?: number }).__firstPage;
      await queue.waitForFunction(mark, null, { timeout: 60_000 });
      times.push(round(await queue.evaluate(mark) as number, 0)!);
      rows = await queue.locator('[data-row-key]').count();
    }
    await context.close();
    const [cold, ...warm] = times;
    const stats = percentiles(warm);
    return { loginJs, queue: { path, cold: cold ?? null, warm: { p50: stats.p50, max: stats.max, runs: warm.length }, rows } };
  } finally {
    await browser.close();
  }
}
