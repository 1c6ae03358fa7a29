import { api } from './global-setup';
import { ADMIN, ORG } from './env';
import { expect, expectAccessible, logIn, named, test } from './fixtures';
import { field } from './ui';

/** People only these tests use, made through the admin API (organisation data). */
async function person(role: 'supervisor' | 'enterprise', password = 'first-password-1'): Promise<{ id: string; username: string; password: string }> {
  const { accessToken } = await api('POST', '/api/auth/login', ADMIN);
  const username = `acct.${Math.random().toString(36).slice(2, 8)}`;
  const enterprises = role === 'enterprise' ? ((await api('GET', '/api/enterprises', undefined, accessToken)) as { id: string; name: string }[]) : [];
  const bindings = role === 'enterprise' ? { enterpriseId: enterprises.find((e) => e.name === ORG.acme)!.id } : {};
  const user = await api('POST', '/api/users', { username, password, role, ...bindings }, accessToken);
  return { id: user.id, username, password };
}

const row = (page: import('@playwright/test').Page, text: string) => page.getByRole('row').filter({ hasText: text });

test.describe('accounts and organisation in the console', () => {
  test('an administrator edits a department and retires a user, who can then no longer log in', async ({ admin, page }) => {
    const someone = await person('supervisor');
    await logIn(page, someone.username, someone.password);

    await admin.goto('/admin/departments');
    await admin.getByRole('button', { name: `编辑「${ORG.hr}」` }).click();
    const dialog = admin.getByRole('dialog', { name: `编辑「${ORG.hr}」` });
    await expect(field(dialog, '部门名称')).toHaveValue(ORG.hr);
    await expect(dialog.getByText('更换分管领导后')).toBeVisible();
    await field(dialog, '部门名称').fill(`${ORG.hr}(人才服务)`);
    await dialog.getByRole('button', { name: named('保存') }).click();
    await expect(dialog).toBeHidden();
    await expect(row(admin, `${ORG.hr}(人才服务)`)).toBeVisible();
    await admin.getByRole('button', { name: `编辑「${ORG.hr}(人才服务)」` }).click();
    await field(admin.getByRole('dialog'), '部门名称').fill(ORG.hr);
    await admin.getByRole('dialog').getByRole('button', { name: named('保存') }).click();
    await expect(row(admin, ORG.hr)).toBeVisible();

    await admin.goto('/admin/users');
    await admin.getByRole('button', { name: `停用「${someone.username}」` }).click();
    await expect(admin.getByRole('tooltip').getByText('立即不能登录')).toBeVisible();
    await admin.getByRole('tooltip').getByRole('button', { name: named('停用') }).click();
    await expect(row(admin, someone.username)).toContainText('已停用');

    // The retired person's open console falls back to the login page at its next request,
    // and the login is refused like a wrong password.
    await page.reload();
    await expect(page).toHaveURL(/\/login$/);
    await field(page, '用户名').fill(someone.username);
    await field(page, '密码').fill(someone.password);
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();

    // The last administrator cannot be retired.
    await admin.getByRole('button', { name: `停用「${ADMIN.username}」` }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: named('停用') }).click();
    await expect(admin.getByText('这是最后一个启用的管理员')).toBeVisible();
  });

  test('a reset gives a one-time password, which must be changed before anything else', async ({ admin, page }) => {
    const someone = await person('enterprise');
    await admin.goto('/admin/users');
    await admin.getByRole('button', { name: `重置密码「${someone.username}」` }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: named('重置密码') }).click();
    const shown = admin.getByRole('dialog', { name: `「${someone.username}」的临时密码` });
    await expect(shown.getByText('只显示这一次')).toBeVisible();
    await expectAccessible(admin, 'users, with a one-time password shown');
    const oneTime = (await shown.getByTestId('one-time-password').innerText()).trim();
    expect(oneTime).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    await shown.getByRole('button', { name: named('我已记下') }).click();
    await expect(row(admin, someone.username)).toContainText('待改临时密码');

    await page.goto('/login');
    await field(page, '用户名').fill(someone.username);
    await field(page, '密码').fill(oneTime);
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole('alert').filter({ hasText: '临时密码' })).toBeVisible();
    // Anywhere else comes back here until it is changed.
    await page.goto('/orders');
    await expect(page).toHaveURL(/\/account\/password$/);
    await field(page, '临时密码').fill(oneTime);
    await field(page, '新密码').fill('password');
    await field(page, '再次输入新密码').fill('password');
    await page.getByRole('button', { name: named('修改密码') }).click();
    await expect(page.getByText('most common passwords')).toBeVisible(); // the API's reason, beside the field
    await field(page, '新密码').fill('my-own-secret-9');
    await field(page, '再次输入新密码').fill('my-own-secret-9');
    await page.getByRole('button', { name: named('修改密码') }).click();
    await expect(page.getByText('密码已修改')).toBeVisible();
    await expect(page).toHaveURL(/\/orders$/); // back to where it was sent from
    await expect(page.getByRole('heading', { level: 1, name: '我的工单' })).toBeVisible();
  });

  test('anyone changes their own password from the header; a locked username says so until an administrator unlocks it', async ({ admin, page }) => {
    const someone = await person('supervisor');
    await logIn(page, someone.username, someone.password);
    await page.getByRole('button', { name: new RegExp(`当前用户 ${someone.username}`) }).hover();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '修改密码' })).toBeVisible();
    await expectAccessible(page, 'change password');
    await field(page, '当前密码').fill('not-my-password');
    await field(page, '新密码').fill('second-password-2');
    await field(page, '再次输入新密码').fill('second-password-2');
    await page.getByRole('button', { name: named('修改密码') }).click();
    await expect(page.getByText('is not your current password')).toBeVisible();
    await field(page, '当前密码').fill(someone.password);
    await page.getByRole('button', { name: named('修改密码') }).click();
    await expect(page.getByText('密码已修改')).toBeVisible();
    await expect(page).toHaveURL(/\/scoreboard$/);

    // Five wrong passwords (LOGIN_LOCK_AFTER) lock the username.
    await page.getByRole('button', { name: new RegExp(`当前用户 ${someone.username}`) }).hover();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await field(page, '用户名').fill(someone.username);
    for (let i = 0; i < 5; i++) {
      await field(page, '密码').fill(`wrong-${i}-password`);
      await page.getByRole('button', { name: named('登录') }).click();
      await expect(page.getByRole('alert').filter({ hasText: /用户名或密码错误|已暂时锁定/ })).toBeVisible();
    }
    await field(page, '密码').fill('second-password-2');
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page.getByRole('alert').filter({ hasText: '已暂时锁定' })).toBeVisible();

    await admin.goto('/admin/users');
    await expect(row(admin, someone.username)).toContainText('已锁定至');
    await admin.getByRole('button', { name: `解锁「${someone.username}」` }).click();
    await expect(admin.getByText(`已解锁「${someone.username}」`)).toBeVisible();
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page).toHaveURL(/\/scoreboard$/);
  });
});

test('the audit trail lists an administrator’s changes, verifies its chain and exports it', async ({ admin }) => {
  await admin.goto('/admin/chains');
  await admin.getByRole('button', { name: `编辑「${ORG.otherChain}」` }).click();
  const dialog = admin.getByRole('dialog');
  await field(dialog, '产业链名称').fill(`${ORG.otherChain}(审计)`);
  await dialog.getByRole('button', { name: named('保存') }).click();
  await expect(dialog).toBeHidden();
  await admin.getByRole('navigation', { name: '导航菜单' }).getByRole('link', { name: '审计日志' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  const record = admin.getByRole('row').filter({ hasText: `${ORG.otherChain}(审计)` }).first();
  await expect(record).toContainText('修改');
  await expect(record).toContainText(`名称: ${ORG.otherChain} → ${ORG.otherChain}(审计)`);
  await expect(record).toContainText(ADMIN.username);
  await admin.getByRole('button', { name: named('校验哈希链') }).click();
  await expect(admin.getByRole('status').filter({ hasText: '哈希链完整' })).toBeVisible();
  const [file] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: named('导出 CSV') }).click()]);
  expect(file.suggestedFilename()).toBe('audit.csv');
  await admin.goto('/admin/chains');
  await admin.getByRole('button', { name: `编辑「${ORG.otherChain}(审计)」` }).click();
  await field(admin.getByRole('dialog'), '产业链名称').fill(ORG.otherChain);
  await admin.getByRole('dialog').getByRole('button', { name: named('保存') }).click();
  await expect(admin.getByRole('row').filter({ hasText: ORG.otherChain }).first()).toBeVisible();
});
