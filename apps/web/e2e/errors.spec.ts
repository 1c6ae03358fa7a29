import { expect, named, test, uniqueTitle } from './fixtures';
import { ORG } from './env';
import { choose, confirm, dispatch, field, pick, placeOrder, startAction, stateOf } from './ui';

test.describe('errors as a person needs them', () => {
  test('a 400 from the API is shown beside the field it names, and nothing typed is lost', async ({ enterprise, dispatcher }) => {
    const title = uniqueTitle('证照办理');
    const path = await placeOrder(enterprise, { category: '证照办理', title, description: '排污许可证续期。' });
    await dispatcher.goto(path);
    const dialog = await startAction(dispatcher, '派单');
    await choose(dispatcher, dialog, '责任部门', ORG.fin);
    await pick(dialog, '一般');
    await field(dialog, '备注').fill('请三日内联系企业');
    // Today at 00:00 passes the picker (no past day) but is in the past: the API answers 400 naming feedbackBy.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
    const picker = field(dialog, '反馈时限');
    await picker.click();
    await picker.fill(`${today} 00:00`);
    await picker.press('Enter');
    await confirm(dialog, '派单');
    // Beside the field: its error message is the field's description, as a screen reader says it.
    await expect(field(dialog, '反馈时限')).toHaveAccessibleDescription(/future|之后|晚于|将来/);
    await expect(dialog).toBeVisible();
    await expect(field(dialog, '备注')).toHaveValue('请三日内联系企业');
    await expect(stateOf(dispatcher)).toHaveText('已点单');
  });

  test('a 409 when two browsers act on the same order: the second is told its state now and sees it', async ({ enterprise, as }) => {
    const title = uniqueTitle('用地审批');
    const path = await placeOrder(enterprise, { category: '用地审批', title, description: '扩建用地指标。' });
    const first = await as('dispatcher');
    const second = await as('dispatcher');
    await first.goto(path);
    await second.goto(path);
    // The second dispatcher starts dispatching too, while the first one finishes.
    const late = await startAction(second, '派单');
    await choose(second, late, '责任部门', ORG.hr);
    await pick(late, '紧急');
    await dispatch(first, { department: ORG.fin });
    await confirm(late, '派单');
    await expect(second.getByText('操作未完成:工单当前状态为「已派单」,页面已刷新')).toBeVisible();
    await expect(stateOf(second)).toHaveText('已派单');
  });

  test('another enterprise’s order answers "not found or not yours"', async ({ enterprise, rival }) => {
    const title = uniqueTitle('物流成本');
    const path = await placeOrder(enterprise, { category: '市场开拓', title, description: '海外市场渠道。' });
    await rival.goto(path);
    await expect(rival.getByText('工单不存在,或不属于您')).toBeVisible();
    await expect(rival.getByText(title)).toHaveCount(0);
    await expect(rival.getByRole('link', { name: '返回工单列表' })).toBeVisible();
  });
});

test('an administrator creates a user, who then logs in', async ({ admin, page }) => {
  const username = `new.${Math.random().toString(36).slice(2, 7)}`;
  await admin.goto('/admin/users');
  await expect(admin.getByRole('heading', { level: 1, name: '用户' })).toBeVisible();
  await admin.getByRole('button', { name: named('新建用户', false) }).click();
  const dialog = admin.getByRole('dialog', { name: '新建用户' });
  await field(dialog, '用户名').fill(username);
  await field(dialog, '姓名').fill('常德制药 新同事');
  await field(dialog, '初始密码').fill('first-password-1');
  await choose(admin, dialog, '角色', '企业');
  await choose(admin, dialog, '所属企业', `${ORG.acme} · ${ORG.chain}`);
  await dialog.getByRole('button', { name: named('创建') }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByRole('row').filter({ hasText: username })).toContainText('常德制药 新同事');

  await page.goto('/login');
  await field(page, '用户名').fill(username);
  await field(page, '密码').fill('first-password-1');
  await page.getByRole('button', { name: named('登录') }).click();
  await expect(page).toHaveURL(/\/orders\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: '企业点单' })).toBeVisible();
});
