import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, uniqueTitle } from './fixtures';
import type { Person } from './env';
import { placeOrder } from './ui';

/**
 * axe (WCAG 2.0 and 2.1, A and AA) on every role's main screens, at 1280×800 and on a
 * 390-px-wide phone: no serious or critical violation. Each page is checked once its heading
 * is on screen and the network is quiet; every violation of a role's pages is listed (soft
 * assertions) before the test fails.
 */
const SCREENS: Record<Exclude<Person, 'rival' | 'hrDepartment' | 'hrLeader'>, string[]> = {
  enterprise: ['/orders/new', '/orders', '/notifications'],
  commissioner: ['/orders/new', '/orders'],
  dispatcher: ['/queues', '/orders', '/agenda', '/evaluations', '/rectifications', '/scoreboard', '/ledgers'],
  department: ['/work', '/orders', '/rectifications'],
  leader: ['/work', '/rectifications', '/scoreboard'],
  supervisor: ['/scoreboard', '/evaluations', '/orders', '/agenda'],
  admin: ['/admin/chains', '/admin/departments', '/admin/enterprises', '/admin/users', '/admin/import', '/admin/catalogue', '/admin/sla-policies', '/admin/calendar', '/admin/audit', '/admin/webhooks', '/admin/api-keys', '/admin/queues'],
};

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/** Opens `path` as a user does: from the menu when it holds the screen (no reload), else by its address. */
async function check(page: Page, path: string, screen: string): Promise<void> {
  const entry = page.getByRole('navigation', { name: '导航菜单' }).locator(`a[href="${path}"]`);
  if (await entry.isVisible()) {
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  } else {
    await page.goto(path);
  }
  await settle(page);
  await test.step(`axe: ${screen}`, () => expectAccessible(page, screen, { soft: true }));
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`axe at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the login page', async ({ page }) => {
      await check(page, '/login', `login (${name})`);
    });

    for (const [person, paths] of Object.entries(SCREENS) as Array<[Person, string[]]>) {
      // On the phone: each role's home screen; at the desk: all its main screens.
      const screens = name === 'phone' ? paths.slice(0, 1) : paths;
      test(`${person}: ${screens.join(', ')}`, async ({ as }) => {
        // Several page loads and axe runs in one test.
        test.slow(screens.length > 2);
        const page = await as(person, { viewport });
        for (const path of screens) await check(page, path, `${person} ${path} (${name})`);
      });
    }

    test('an order’s page, as the enterprise that placed it', async ({ as }) => {
      const page = await as('enterprise', { viewport });
      const path = await placeOrder(page, { category: '技术升级', title: uniqueTitle('技改设备'), description: '生产线数字化改造。' });
      await check(page, path, `enterprise order page (${name})`);
    });
  });
}
