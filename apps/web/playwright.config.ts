/// <reference types="node" />
import { defineConfig } from '@playwright/test';
import { BASE_URL, setting } from './e2e/env';

/**
 * The console's browser tests: Debian's Chromium at /usr/bin/chromium (Playwright's own browser
 * download cannot work here) against the built server, which the global setup starts.
 * `npm run test:web` (after `npm run build`).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: setting.output,
  globalSetup: './e2e/global-setup.ts',
  // Each test its own tickets, logins reused; one browser at a time unless E2E_WORKERS (see env.ts).
  workers: setting.workers,
  fullyParallel: true,
  forbidOnly: setting.ci,
  retries: 0,
  timeout: setting.testTimeout,
  expect: { timeout: setting.expectTimeout || 30_000 },
  reporter: setting.ci ? [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The console honours the system's "reduce motion": no dialog or menu animations to wait out (or to render on two cores).
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: setting.chromium,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...(process.env.E2E_EXTRA_ARGS ?? '').split(' ').filter(Boolean)],
    },
    screenshot: 'only-on-failure',
    trace: setting.trace,
    actionTimeout: setting.actionTimeout,
    navigationTimeout: setting.actionTimeout,
  },
});
