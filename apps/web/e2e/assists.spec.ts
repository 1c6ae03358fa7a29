import { ORG } from './env';
import { expect, test, uniqueTitle } from './fixtures';
import { choose, confirm, confirmAndExpect, field, giveFeedback, openFromQueue, pick, placeOrder, startAction, actions } from './ui';

test.describe('lead and assisting departments (主办 / 协办) in the console', () => {
  test('the committee dispatches with an assisting department; it accepts and gives its contribution; the lead’s feedback shows it', async ({
    enterprise,
    dispatcher,
    department,
    hrDepartment,
  }) => {
    test.slow();
    const title = uniqueTitle('扩建用地与用工');
    const path = await placeOrder(enterprise, { category: '用地审批', title, description: '扩建车间需新增用地,并招工60名。' });

    // 党委派单: the finance bureau leads, the HR bureau assists.
    await dispatcher.goto(path);
    const dialog = await startAction(dispatcher, '派单');
    await choose(dispatcher, dialog, '责任部门', ORG.fin);
    await choose(dispatcher, dialog, '协办部门', ORG.hr, { away: dialog.getByText('轻重缓急').first() });
    await pick(dialog, '一般');
    await confirmAndExpect(dispatcher, dialog, '派单', '已派单');
    await expect(dispatcher.getByRole('heading', { name: '协办部门' })).toBeVisible();
    await expect(dispatcher.getByText(`主办部门:${ORG.fin}`)).toBeVisible();

    // The lead accepts; its feedback waits for the part.
    await department.goto(path);
    await confirmAndExpect(department, await startAction(department, '接单'), '接单', '办理中');
    await expect(actions(department)).not.toContainText(['双反馈']);
    await expect(department.getByText(`主办部门待以下协办意见齐备(或超过协办时限)后方可反馈:${ORG.hr}`)).toBeVisible();

    // The assisting department finds it under 协办, accepts and gives its contribution.
    await openFromQueue(hrDepartment, '/work', '协办', title);
    await expect(actions(hrDepartment)).toHaveText(['接受协办', '拒绝协办']);
    // Its countdown is its own part's deadline (ten days), not the lead's month.
    await expect(hrDepartment.getByRole('main').getByText(/^协办时限 · 剩余 9 天/).first()).toBeVisible();
    const accept = await startAction(hrDepartment, '接受协办');
    await confirm(accept, '接受协办');
    await expect(accept).toBeHidden();
    const give = await startAction(hrDepartment, '提交协办意见');
    await field(give, '协办意见').fill('已发布招聘信息,组织专场招聘会。');
    await confirm(give, '提交协办意见');
    await expect(give).toBeHidden();
    await expect(hrDepartment.getByText('已提交意见')).toBeVisible();

    // The lead now answers both the committee and the enterprise; the feedback carries the part.
    await department.reload();
    await giveFeedback(department, '已解决', '用地预审已通过;招工由人社局协办。');
    await enterprise.goto(path);
    await expect(enterprise.getByRole('row', { name: `协办意见 : ${ORG.hr}(已提交意见):已发布招聘信息,组织专场招聘会。` })).toBeVisible();
    // The timeline names the steps of the part.
    await expect(enterprise.getByText('协办部门接受')).toBeVisible();
  });
});
