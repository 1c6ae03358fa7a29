import { ORG } from './env';
import { expect, expectAccessible, named, test } from './fixtures';
import { choose, field } from './ui';

test.describe('the service catalogue (服务清单) in the console', () => {
  test('an enterprise orders from the catalogue, and the committee’s dispatch starts from the item’s department and priority', async ({ enterprise, dispatcher }) => {
    await enterprise.goto('/orders/new');
    await choose(enterprise, enterprise, '服务事项', ORG.service);
    await expect(enterprise.getByText('对接银行和担保机构')).toBeVisible(); // the item's description
    await expect(field(enterprise, '问题类别')).toHaveCount(0); // the category is the item's
    await field(enterprise, '标题').fill('技改项目贷款');
    await field(enterprise, '问题描述').fill('技改需贷款1000万元,希望对接银行。');
    await enterprise.getByRole('button', { name: named('提交点单') }).click();
    await expect(enterprise).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
    const path = new URL(enterprise.url()).pathname;
    await expect(enterprise.getByText(`${ORG.service} (FIN-01)`)).toBeVisible();

    await dispatcher.goto(path);
    await dispatcher.getByRole('button', { name: named('派单') }).click();
    const dialog = dispatcher.getByRole('dialog');
    await expect(dialog.getByText(`来自服务清单:${ORG.service}`)).toBeVisible();
    await expect(dialog.locator('.ant-select').filter({ has: dispatcher.getByLabel(/责任部门/) })).toContainText(ORG.fin);
    await expect(dialog.getByRole('radio', { name: '重要', exact: true })).toBeChecked();
  });

  test('an administrator adds an item and retires it; an enterprise is offered it only meanwhile', async ({ admin, enterprise }) => {
    const code = `T-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    await admin.goto('/admin/catalogue');
    await expect(admin.getByRole('heading', { level: 1, name: '服务清单' })).toBeVisible();
    await admin.getByRole('button', { name: named('新增服务事项', false) }).click();
    const dialog = admin.getByRole('dialog', { name: '新增服务事项' });
    await field(dialog, '事项编码').fill(code);
    await field(dialog, '事项名称').fill('知识产权保护');
    await choose(admin, dialog, '问题类别', '技术升级');
    await choose(admin, dialog, '默认责任部门', ORG.hr);
    await dialog.getByRole('button', { name: named('创建', false) }).click();
    await expect(dialog).toBeHidden();
    const row = admin.getByRole('row').filter({ hasText: code });
    await expect(row).toContainText('知识产权保护');
    await expect(row).toContainText(ORG.hr);
    await expectAccessible(admin, 'the service catalogue');

    await enterprise.goto('/orders/new');
    await field(enterprise, '服务事项').click();
    await expect(enterprise.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('知识产权保护')).toBeVisible();
    await enterprise.keyboard.press('Escape');

    await admin.getByRole('button', { name: `停用「知识产权保护」` }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: named('停用') }).click();
    await expect(row).toContainText('已停用');
    await enterprise.reload();
    await field(enterprise, '服务事项').click();
    await expect(enterprise.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(ORG.service)).toBeVisible();
    await expect(enterprise.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('知识产权保护')).toHaveCount(0);
  });
});
