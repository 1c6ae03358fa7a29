import { ORG } from './env';
import { expect, test, uniqueTitle } from './fixtures';
import { placeOrder } from './ui';

test.describe('repeat problems (每月一题) in the console', () => {
  test('the committee sees an earlier order like the new one, marks it as a repeat, and finds the problem on the month’s page', async ({ enterprise, commissioner, dispatcher }) => {
    test.slow();
    // A place and a sum no other order of the suite names, so that the match is this test's.
    const road = `${['湘', '沅', '澧', '资'][Math.floor(Math.random() * 4)]}${Math.random().toString(36).slice(2, 6)}路`;
    const first = uniqueTitle('出口退税到账慢');
    const firstPath = await placeOrder(enterprise, { category: '用地审批', title: first, description: `${road}厂区出口退税款873万元两个月未到账,影响资金周转。` });
    const again = uniqueTitle('退税款迟迟不到');
    const againPath = await placeOrder(commissioner, { enterprise: ORG.rival, category: '用地审批', title: again, description: `公司在${road},873万元出口退税一直没有到账,请帮忙催办。` });

    await dispatcher.goto(againPath);
    const card = dispatcher.locator('.ant-card').filter({ has: dispatcher.getByRole('heading', { name: '相似工单(每月一题)' }) });
    const row = card.getByRole('listitem').filter({ hasText: first });
    await expect(row).toBeVisible();
    await expect(card.getByRole('listitem').first()).toContainText(first);
    await expect(row).toContainText(/相似度 \d+%/);
    await row.getByRole('button', { name: '标为重复' }).click();
    await dispatcher.getByRole('tooltip').getByRole('button', { name: '标为重复' }).click();
    await expect(dispatcher.getByText('已标为重复问题', { exact: true })).toBeVisible();
    await expect(dispatcher.getByText(/本单已标为重复问题,首次反映见/)).toBeVisible();
    await expect(row.getByText('已关联')).toBeVisible();
    await expect(dispatcher.getByText('标为重复问题').first()).toBeVisible();

    // 每月一题: the problem, with its repeat this month, raised by two enterprises.
    await dispatcher.getByRole('navigation', { name: '导航菜单' }).getByRole('link', { name: '每月一题' }).click();
    await expect(dispatcher.getByRole('heading', { level: 1, name: '每月一题' })).toBeVisible();
    const problem = dispatcher.getByRole('row').filter({ hasText: first });
    await expect(problem).toBeVisible();
    await expect(problem.getByRole('cell').nth(2)).toHaveText('1');
    await expect(problem.getByRole('cell').nth(4)).toHaveText('2');
    await problem.getByRole('link').click();
    await expect(dispatcher).toHaveURL(new RegExp(`${firstPath}$`));
  });
});
