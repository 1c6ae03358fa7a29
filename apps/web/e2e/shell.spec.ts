import { expect, logIn, named, test } from './fixtures';
import { PEOPLE, type Person } from './env';

/** What each role's menu holds, in Chinese, and where it lands after logging in. */
const MENUS: Array<{ person: Person; home: string; entries: string[] }> = [
  { person: 'enterprise', home: '/orders/new', entries: ['企业点单', '我的工单', '测评会', '消息'] },
  { person: 'commissioner', home: '/orders/new', entries: ['企业点单', '本链工单', '消息'] },
  { person: 'dispatcher', home: '/queues', entries: ['党委派单', '本链工单', '半月一碰头', '测评会', '整改', '三率排名', '每月一题', '台账', '消息'] },
  { person: 'department', home: '/work', entries: ['部门接单', '全部工单', '整改', '消息'] },
  { person: 'leader', home: '/work', entries: ['分管工单', '整改', '三率排名', '消息'] },
  { person: 'supervisor', home: '/scoreboard', entries: ['三率排名', '测评会', '全部工单', '整改', '半月一碰头', '每月一题', '消息'] },
  {
    person: 'admin',
    home: '/admin/chains',
    entries: ['产业链', '职能部门', '企业', '用户', '批量导入', '服务清单', '时限规则', '工作日历', '审计日志', '推送地址', '接口密钥', '队列状态', '全部工单', '测评会', '整改', '三率排名', '每月一题', '台账', '消息'],
  },
];

test.describe('the login page', () => {
  test('is in Chinese first, refuses a wrong password and lets the right one in', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('企业吹哨 · 部门报到');
    // Empty fields: told beside each field.
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page.getByText('请输入用户名')).toBeVisible();
    await expect(page.getByText('请输入密码')).toBeVisible();
    await page.getByLabel('用户名').fill(PEOPLE.enterprise.username);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
    // What was typed stays.
    await expect(page.getByLabel('用户名')).toHaveValue(PEOPLE.enterprise.username);
    await page.getByLabel('密码').fill(PEOPLE.enterprise.password);
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page).toHaveURL(/\/orders\/new$/);
    await expect(page.getByRole('navigation', { name: '导航菜单' })).toBeVisible();
  });

  test('switches to English and back: <html lang> and the labels follow', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByLabel('Username')).toBeVisible();
    await expect(page.getByLabel('Password')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    // The choice is kept across a reload.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByLabel('用户名')).toBeVisible();
  });
});

test.describe('the workspace of each role', () => {
  for (const { person, home, entries } of MENUS) {
    test(`${person}: lands on ${home}; the menu holds ${entries.join(', ')}`, async ({ as }) => {
      const page = await as(person);
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${home.replace(/\//g, '\\/')}$`));
      const menu = page.getByRole('navigation', { name: '导航菜单' });
      await expect(menu.getByRole('link')).toHaveText(entries);
      await expect(page.getByRole('link', { name: /条未读消息/ })).toBeVisible();
    });
  }

  test('the language switch in the header changes the menu and <html lang>', async ({ dispatcher: page }) => {
    await page.goto('/queues');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    const menu = page.getByRole('navigation', { name: 'Navigation' });
    await expect(menu.getByRole('link', { name: 'Dispatch (党委派单)' })).toBeVisible();
    await expect(page.getByRole('link', { name: /unread notifications/ })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('navigation', { name: '导航菜单' }).getByRole('link', { name: '党委派单' })).toBeVisible();
  });

  test('the bell opens the notification inbox', async ({ department: page }) => {
    await page.goto('/work');
    await page.getByRole('link', { name: /条未读消息/ }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole('heading', { level: 1, name: '消息中心' })).toBeVisible();
  });

  test('a token that stopped working returns to the login page, and logging in comes back to where the user was', async ({ as }) => {
    const page = await as('enterprise');
    await page.goto('/notifications');
    await expect(page.getByRole('heading', { level: 1, name: '消息中心' })).toBeVisible();
    // Corrupt the stored token: the server answers 401 to the next request.
    await page.evaluate(() => {
      const raw = localStorage.getItem('whistle.session')!;
      const stored = JSON.parse(raw) as { token: string };
      stored.token = `${stored.token.slice(0, -6)}xxxxxx`;
      localStorage.setItem('whistle.session', JSON.stringify(stored));
    });
    await page.reload();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('登录已过期,请重新登录')).toBeVisible();
    await logIn(page, PEOPLE.enterprise.username, PEOPLE.enterprise.password);
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole('heading', { level: 1, name: '消息中心' })).toBeVisible();
  });

  test('logging out forgets the token', async ({ page }) => {
    await page.goto('/login');
    await logIn(page, PEOPLE.leader.username, PEOPLE.leader.password);
    await page.getByRole('button', { name: /当前用户/ }).hover();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect(await page.evaluate(() => localStorage.getItem('whistle.session'))).toBeNull();
    await page.goto('/work');
    await expect(page).toHaveURL(/\/login$/);
  });
});
