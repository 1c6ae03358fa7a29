import { expect, named, test, uniqueTitle } from './fixtures';
import { ORG, PEOPLE } from './env';
import { choose, field } from './ui';

test('the committee opens an evaluation (测评会) and a supervisor scores a department in it', async ({ dispatcher, supervisor }) => {
  test.slow();
  const title = uniqueTitle('营商环境测评会');
  await dispatcher.goto('/evaluations');
  await expect(dispatcher.getByRole('heading', { level: 1, name: '测评会' })).toBeVisible();
  await dispatcher.getByRole('button', { name: named('新建测评会') }).click();
  const drawer = dispatcher.getByRole('dialog', { name: '新建测评会' });
  await field(drawer, '名称').fill(title);
  // The period under review: this year so far.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
  const from = drawer.getByPlaceholder('期间开始');
  await from.click();
  await from.fill(`${today.slice(0, 4)}-01-01`);
  await from.press('Enter');
  const to = drawer.getByPlaceholder('期间结束');
  await to.fill(today);
  await to.press('Enter');
  const away = drawer.getByText('名称', { exact: true });
  await choose(dispatcher, drawer, '参评部门', ORG.fin, { away });
  await choose(dispatcher, drawer, '评分人', PEOPLE.supervisor.displayName, { away });
  await drawer.getByRole('button', { name: named('新建测评会') }).click();
  await expect(drawer).toBeHidden();
  // The new evaluation's page opens.
  await expect(dispatcher.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const evaluationPath = new URL(dispatcher.url()).pathname;

  // The supervisor finds it among its evaluations and scores the department.
  await supervisor.goto('/evaluations');
  await supervisor.getByRole('link', { name: title }).click();
  await expect(supervisor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const form = supervisor.getByRole('form', { name: `为「${ORG.fin}」评分` });
  await field(form, '分数(0-100)').fill('85');
  await field(form, '意见').fill('响应及时,办理规范');
  await form.getByRole('button', { name: named('提交评分') }).click();
  await expect(supervisor.getByText('评分已保存')).toBeVisible();
  await expect(supervisor.getByText(/当前:85 分/)).toBeVisible();

  // The committee sees the score among all scores.
  await dispatcher.goto(evaluationPath);
  const scores = dispatcher.getByRole('table', { name: '全部评分' });
  await expect(scores.getByRole('row').filter({ hasText: ORG.fin })).toContainText('85');
});
