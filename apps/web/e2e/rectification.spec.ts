import { readFile } from 'node:fs/promises';
import { api } from './global-setup';
import { ORG, PEOPLE } from './env';
import { expect, named, test, uniqueTitle } from './fixtures';
import { field } from './ui';

const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64, 9), Buffer.from('ffd9', 'hex')]);

/**
 * A rectification order (整改单) from an evaluation the HR bureau failed: prepared through the
 * API (the evaluation is not what this test is about), reported and signed off in the console.
 */
async function rectificationOrder(): Promise<string> {
  const login = async (who: 'dispatcher' | 'supervisor') => (await api('POST', '/api/auth/login', { username: PEOPLE[who].username, password: PEOPLE[who].password })) as { accessToken: string; user: { id: string } };
  const [committee, supervisor] = [await login('dispatcher'), await login('supervisor')];
  const { departments } = (await api('GET', '/api/directory', undefined, committee.accessToken)) as { departments: { id: string; name: string }[] };
  const hr = departments.find((d) => d.name === ORG.hr)!.id;
  const today = new Date().toISOString().slice(0, 10);
  const evaluation = await api(
    'POST',
    '/api/evaluations',
    { title: uniqueTitle('整改测评会'), periodFrom: `${today.slice(0, 4)}-01-01`, periodTo: today, departmentIds: [hr], scorerIds: [supervisor.user.id] },
    committee.accessToken,
  );
  await api('POST', `/api/evaluations/${evaluation.id}/scores`, { departmentId: hr, score: 40 }, supervisor.accessToken);
  const closed = await api('POST', `/api/evaluations/${evaluation.id}/close`, {}, committee.accessToken);
  return closed.departments[0].rectificationId as string;
}

test('the department reports its rectification with evidence (整改佐证); the committee downloads it and signs the order off', async ({ hrDepartment, dispatcher }) => {
  test.slow();
  const path = `/rectifications/${await rectificationOrder()}`;

  await hrDepartment.goto(path);
  await expect(hrDepartment.getByText('整改中')).toBeVisible();
  const form = hrDepartment.getByRole('form', { name: '整改报告' });
  await field(form, '整改报告').fill('已建立窗口首问负责制,附整改现场照片。');
  await form.locator('input[type=file]').setInputFiles({ name: '整改现场.jpg', mimeType: 'image/jpeg', buffer: JPEG });
  await expect(form.locator('.ant-upload-list-item-done')).toHaveCount(1);
  await form.getByRole('button', { name: named('提交整改报告') }).click();
  await expect(hrDepartment.getByText('整改报告已提交')).toBeVisible();
  await expect(hrDepartment.getByText('已报告,待销号')).toBeVisible();
  await expect(hrDepartment.getByRole('region', { name: '佐证材料' }).getByRole('button', { name: '下载 整改现场.jpg' })).toBeVisible();

  // The committee reads the report with its evidence, downloads the photo as it was sent, and signs off.
  await dispatcher.goto(path);
  const evidence = dispatcher.getByRole('region', { name: '佐证材料' });
  await expect(evidence).toContainText('SHA-256');
  const downloading = dispatcher.waitForEvent('download');
  await evidence.getByRole('button', { name: '下载 整改现场.jpg' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('整改现场.jpg');
  expect(Buffer.compare(await readFile((await download.path())!), JPEG)).toBe(0);

  // Sent back once: the department sees its previous report, headed as such, above the form for the next.
  await dispatcher.getByRole('button', { name: named('退回整改') }).click();
  const back = dispatcher.getByRole('dialog', { name: /退回整改/ });
  await field(back, '退回理由').fill('缺少制度文件');
  await back.getByRole('button', { name: named('退回整改') }).click();
  await expect(back).toBeHidden();
  await hrDepartment.reload();
  await expect(hrDepartment.getByRole('heading', { name: '上次整改报告(已退回)' })).toBeVisible();
  await expect(hrDepartment.getByText('已建立窗口首问负责制,附整改现场照片。')).toBeVisible();
  await expect(hrDepartment.getByText('缺少制度文件')).toBeVisible();
  const again = hrDepartment.getByRole('form', { name: '整改报告' });
  await field(again, '整改报告').fill('补充窗口首问负责制度文件。');
  await again.getByRole('button', { name: named('提交整改报告') }).click();
  await expect(hrDepartment.getByText('已报告,待销号')).toBeVisible();
  await expect(hrDepartment.getByRole('heading', { name: '整改报告', exact: true })).toBeVisible();

  await dispatcher.reload();
  await dispatcher.getByRole('button', { name: named('销号') }).click();
  const dialog = dispatcher.getByRole('dialog', { name: /销号/ });
  await dialog.getByRole('button', { name: named('销号') }).click();
  await expect(dialog).toBeHidden();
  await expect(dispatcher.locator('#main').getByText('已销号', { exact: true })).toBeVisible();
});
