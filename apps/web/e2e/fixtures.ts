/// <reference types="node" />
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, PEOPLE, type Person, setting } from './env';

type StorageState = Exclude<Parameters<Browser['newContext']>[0], undefined>['storageState'];

/**
 * A button's accessible name. Ant Design puts a space between two Chinese characters of a
 * button ("登 录"), so the name is matched with optional white space between characters.
 */
export function named(text: string, exact = true): RegExp {
  const body = [...text].map((ch) => (/\s/.test(ch) ? '\\s*' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*')).join('');
  return new RegExp(exact ? `^\\s*${body}$` : body);
}

/** Logs in through the login page as a user would, and waits for the workspace. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: named('登录') }).click();
  await expect(page.getByRole('navigation', { name: '导航菜单' })).toBeAttached();
}

/** Where the logged-in sessions of this run are kept: the run's DATA_DIR (a new server, new tokens). */
function stateFile(person: Person): string {
  const dir = join(setting.dataDir(), 'browser-sessions');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${person}.json`);
}

interface Sessions {
  /** The person's storage (token in localStorage) after one login through the UI in this run. */
  state(person: Person): Promise<StorageState>;
}

export interface RoleFixtures {
  /** A new browser (context) logged in as `person`, at 1280×800 unless a viewport is given. */
  as(person: Person, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  enterprise: Page;
  rival: Page;
  commissioner: Page;
  dispatcher: Page;
  department: Page;
  hrDepartment: Page;
  leader: Page;
  supervisor: Page;
  admin: Page;
}

export const test = base.extend<RoleFixtures, { sessions: Sessions }>({
  sessions: [
    async ({ browser }, use) => {
      const cache = new Map<Person, Promise<StorageState>>();
      const login = async (person: Person): Promise<StorageState> => {
        const file = stateFile(person);
        if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
        const context = await browser.newContext({ baseURL: BASE_URL, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto('/login');
        await logIn(page, PEOPLE[person].username, PEOPLE[person].password);
        const state = await context.storageState();
        writeFileSync(file, JSON.stringify(state));
        await context.close();
        return state;
      };
      await use({
        state(person) {
          if (!cache.has(person)) cache.set(person, login(person));
          return cache.get(person)!;
        },
      });
    },
    { scope: 'worker' },
  ],
  as: async ({ browser, sessions, baseURL, viewport, locale, timezoneId }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (person, options = {}) => {
      const context = await browser.newContext({
        baseURL,
        viewport: options.viewport ?? viewport,
        locale,
        timezoneId,
        reducedMotion: 'reduce',
        storageState: await sessions.state(person),
      });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  enterprise: async ({ as }, use) => use(await as('enterprise')),
  rival: async ({ as }, use) => use(await as('rival')),
  commissioner: async ({ as }, use) => use(await as('commissioner')),
  dispatcher: async ({ as }, use) => use(await as('dispatcher')),
  department: async ({ as }, use) => use(await as('department')),
  hrDepartment: async ({ as }, use) => use(await as('hrDepartment')),
  leader: async ({ as }, use) => use(await as('leader')),
  supervisor: async ({ as }, use) => use(await as('supervisor')),
  admin: async ({ as }, use) => use(await as('admin')),
});

export { expect };

/** A title no other test uses, so each test finds its own order among everyone's. */
export function uniqueTitle(what: string): string {
  return `${what} ${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * axe (WCAG 2.0/2.1 A and AA) on the page as it is now: fails on any serious or critical
 * violation, listing each (rule, help, elements).
 */
export async function expectAccessible(page: Page, screen: string, options: { soft?: boolean } = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`).join('\n')}`)
    .join('\n');
  if (bad.length > 0) console.log(`axe on ${screen}:\n${report}`);
  (options.soft ? expect.soft : expect)(bad.length, `serious or critical axe violations on ${screen}:\n${report}`).toBe(0);
}
