import { expect, test, uniqueTitle } from './fixtures';
import { ORG } from './env';
import { actions, choose, field, pick, confirm, confirmAndExpect, detail, dispatch, giveFeedback, openFromQueue, placeOrder, rate, startAction, stateOf } from './ui';

test.describe('the whole cycle through the console', () => {
  test('企业点单 → 党委派单 → 部门接单 → 双反馈 → 评单 2 (整改) → new feedback → 评单 5 (办结)', async ({ enterprise, dispatcher, department }) => {
    test.slow();
    const title = uniqueTitle('流动资金贷款');
    // The enterprise places an order.
    const path = await placeOrder(enterprise, { category: '融资', title, description: '扩产需流动资金500万元,银行授信未批。' });
    await expect(stateOf(enterprise)).toHaveText('已点单');

    // The dispatcher finds it among the orders waiting for dispatch and dispatches it.
    await openFromQueue(dispatcher, '/queues', '待派单', title);
    await expect(actions(dispatcher)).toContainText(['派单']);
    await dispatch(dispatcher, { department: ORG.fin, priority: '重要', note: '请财政局牵头对接银行' });
    await expect(dispatcher.getByText(ORG.fin).first()).toBeVisible();

    // The department sees it as newly dispatched, accepts it and gives feedback.
    await openFromQueue(department, '/work', '新派单', title);
    const accept = await startAction(department, '接单');
    await confirmAndExpect(department, accept, '接单', '办理中');
    await giveFeedback(department, '部分解决', '已协调两家银行上门对接,授信材料补充中。');

    // The enterprise reads the feedback and rates it 2: back to the department for rectification.
    await enterprise.goto(path);
    await expect(enterprise.getByRole('definition').filter({ hasText: '已协调两家银行上门对接,授信材料补充中。' })).toBeVisible();
    const low = await rate(enterprise, 2, '进展太慢');
    await expect(low.getByRole('alert')).toContainText('整改');
    await confirmAndExpect(enterprise, low, '评单', '整改中');

    // The department gives new feedback after rectifying.
    await department.goto(path);
    await expect(stateOf(department)).toHaveText('整改中');
    await giveFeedback(department, '已解决', '授信500万元已获批,资金已到账。');

    // The enterprise rates 5: closed.
    await enterprise.goto(path);
    await expect(enterprise.getByRole('definition').filter({ hasText: '授信500万元已获批,资金已到账。' })).toBeVisible();
    const high = await rate(enterprise, 5, '非常满意');
    await confirmAndExpect(enterprise, high, '评单', '已办结');
    await expect(actions(enterprise)).toHaveCount(0);
    await expect(enterprise.getByText('5 / 5 星').first()).toBeVisible();
  });

  test('a return with its reason, and a re-dispatch that keeps the feedback deadline', async ({ enterprise, dispatcher, department, hrDepartment }) => {
    test.slow();
    const title = uniqueTitle('招工难');
    const path = await placeOrder(enterprise, { category: '招工用工', title, description: '新车间缺一线工人80名。' });
    await dispatcher.goto(path);
    await dispatch(dispatcher, { department: ORG.fin });
    const deadline = detail(dispatcher, '反馈时限');
    await expect(deadline).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const feedbackBy = (await deadline.textContent())!.match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)![0];

    // The department returns it, with a coded reason and a note.
    await department.goto(path);
    const back = await startAction(department, '退单');
    await choose(department, back, '退单原因', '不属于本部门职能');
    await field(back, '退单说明').fill('用工属人社局职能');
    await confirmAndExpect(department, back, '退单', '已退单');

    // The dispatcher sees it back in the queue with the reason and the count, and re-dispatches.
    await dispatcher.goto('/queues');
    const row = dispatcher.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('不属于本部门职能');
    await expect(row).toContainText('退单 1 次');
    await dispatcher.goto(path);
    const redo = await startAction(dispatcher, '派单');
    await expect(redo.getByText('重新派单不重新计时')).toBeVisible();
    await choose(dispatcher, redo, '责任部门', ORG.hr);
    await confirmAndExpect(dispatcher, redo, '派单', '已派单');
    await expect(deadline).toContainText(feedbackBy);

    await hrDepartment.goto(path);
    await expect(actions(hrDepartment)).toContainText(['接单']);
  });

  test('an extension asked by the department and approved by the dispatcher moves the feedback deadline', async ({ enterprise, dispatcher, department }) => {
    test.slow();
    const title = uniqueTitle('原材料涨价');
    const path = await placeOrder(enterprise, { category: '原材料供应', title, description: '原料药中间体断供。' });
    await dispatcher.goto(path);
    await dispatch(dispatcher, { department: ORG.fin });
    await department.goto(path);
    await confirmAndExpect(department, await startAction(department, '接单'), '接单', '办理中');

    const ask = await startAction(department, '申请延期');
    // Five days on, at 10:00 in SLA_TIMEZONE (the picker's zone), in the picker's format.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() + 5 * 86_400_000);
    const typed = `${day} 10:00`;
    const picker = field(ask, '延期至');
    await picker.click();
    await picker.fill(typed);
    await picker.press('Enter');
    await field(ask, '延期理由').fill('需等待省里批复');
    await confirm(ask, '申请延期');
    await expect(ask).toBeHidden();
    await expect(department.getByText(/延期申请待审批/)).toBeVisible();

    await dispatcher.goto(path);
    await expect(dispatcher.getByText(/延期申请待审批/)).toBeVisible();
    const decide = await startAction(dispatcher, '审批延期');
    await pick(decide, '同意延期');
    await confirm(decide, '审批延期');
    await expect(decide).toBeHidden();
    await expect(dispatcher.getByText(/延期申请待审批/)).toBeHidden();
    await expect(detail(dispatcher, '反馈时限')).toContainText(typed);
  });
});

