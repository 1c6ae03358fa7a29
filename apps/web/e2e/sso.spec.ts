import type { Page } from '@playwright/test';
import { expect, expectAccessible, named, test } from './fixtures';

/** At the identity provider's own sign-in form (oidc-provider's): the login typed, any password. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test.describe("single sign-on through the park's identity provider", () => {
  test('a person signs in at the identity provider and lands where they were going, as the account of the same name', async ({ page }) => {
    await page.goto('/orders');
    await expect(page).toHaveURL(/\/login$/);
    const sso = page.getByRole('link', { name: named('统一身份认证登录') });
    await expect(sso).toBeVisible();
    await expectAccessible(page, 'login, with single sign-on');
    await sso.click();
    await signInAtProvider(page, 'supervisor');
    await expect(page).toHaveURL(/\/orders$/);
    await expect(page.getByRole('navigation', { name: '导航菜单' })).toBeAttached();
    await expect(page.getByRole('button', { name: /当前用户/ })).toContainText('监督员 钱监督');
    // A reload keeps the session; the token is in this browser's storage, never in the address.
    await page.reload();
    await expect(page).toHaveURL(/\/orders$/);
    expect(page.url()).not.toContain('token');
  });

  test('a person the identity provider knows but this service does not is told so on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: named('统一身份认证登录') }).click();
    await signInAtProvider(page, 'nobody.here');
    await expect(page).toHaveURL(/\/login\?sso=no_account$/);
    await expect(page.getByRole('alert')).toContainText('本系统没有与您对应的在用账号');
    // The password login is still there.
    await expect(page.getByLabel('用户名')).toBeVisible();
  });
});
