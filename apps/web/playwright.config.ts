/// <reference types="node" />
import { defineConfig } from '@playwright/test';
import { BASE_URL } from './e2e/env';

/**
 * The console's browser tests: Debian's Chromium (Playwright cannot download browsers here;
 * never `playwright install`) against the built server, which the global setup starts.
 * `npm run test:web` (after `npm run build`).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT ?? './test-results',
  globalSetup: './e2e/global-setup.ts',
  // Two cores in CI: two browsers at a time, each test its own tickets; logins are reused.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: Number(process.env.E2E_TIMEOUT ?? 120_000),
  expect: { timeout: Number(process.env.E2E_EXPECT_TIMEOUT ?? 30_000) },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    screenshot: 'only-on-failure',
    trace: process.env.E2E_TRACE === 'off' ? 'off' : 'retain-on-failure',
    actionTimeout: Number(process.env.E2E_ACTION_TIMEOUT ?? 30_000),
    navigationTimeout: Number(process.env.E2E_ACTION_TIMEOUT ?? 30_000),
  },
});
