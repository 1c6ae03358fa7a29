import { readFile } from 'node:fs/promises';
import { ORG } from './env';
import { expect, test, uniqueTitle } from './fixtures';
import { choose, confirmAndExpect, dispatch, field, pick, startAction } from './ui';

/** A one-pixel PNG, a small PDF and a Windows program renamed as a photo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(200, 7)]);

test.describe('attachments (附件) in the console', () => {
  test('the enterprise attaches a photo to its order; a disguised program is refused in words; the department’s feedback carries its evidence, which the enterprise downloads', async ({
    enterprise,
    dispatcher,
    department,
  }) => {
    test.slow();
    const title = uniqueTitle('厂区道路破损');
    // 企业点单 with a photo: uploaded once the order exists.
    await enterprise.goto('/orders/new');
    await choose(enterprise, enterprise, '服务事项', '其他(清单以外的问题)');
    await choose(enterprise, enterprise, '问题类别', '用地审批');
    await field(enterprise, '标题').fill(title);
    await field(enterprise, '问题描述').fill('园区主干道破损,货车通行困难,见现场照片。');
    await enterprise.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await expect(enterprise.getByText('现场照片.png')).toBeVisible();
    await enterprise.getByRole('button', { name: '提交点单' }).click();
    await expect(enterprise.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const path = new URL(enterprise.url()).pathname;
    const files = enterprise.locator('.ant-card').filter({ has: enterprise.getByRole('heading', { name: '附件', exact: true }) });
    await expect(files.getByRole('button', { name: '下载 现场照片.png' })).toBeVisible();
    await expect(enterprise.getByText('上传附件').first()).toBeVisible();

    // A program renamed .jpg: the type is read from the bytes, and the clerk is told so.
    await files.locator('input[type=file]').setInputFiles({ name: '照片2.jpg', mimeType: 'image/jpeg', buffer: EXE });
    await expect(files.getByRole('alert')).toHaveText('不支持的文件类型(按文件内容识别,仅支持照片、PDF、Office 文档和纯文本)');
    await expect(files.getByRole('button', { name: '下载 照片2.jpg' })).toHaveCount(0);

    // The committee dispatches; the department accepts, then answers with its evidence.
    await dispatcher.goto(path);
    await dispatch(dispatcher, { department: ORG.fin });
    await department.goto(path);
    await confirmAndExpect(department, await startAction(department, '接单'), '接单', '办理中');
    const feedback = await startAction(department, '双反馈');
    await pick(feedback, '已解决');
    await field(feedback, '反馈内容').fill('已协调交通部门修复,附验收单。');
    await feedback.locator('input[type=file]').setInputFiles({ name: '验收单.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(feedback.getByText('验收单.pdf')).toBeVisible();
    await expect(feedback.locator('.ant-upload-list-item-done')).toHaveCount(1);
    await confirmAndExpect(department, feedback, '双反馈', '已反馈');

    // 双反馈: the enterprise reads the evidence with the feedback and downloads it.
    await enterprise.reload();
    const evidence = enterprise.getByRole('row', { name: /佐证材料/ });
    await expect(evidence).toContainText('验收单.pdf');
    const downloading = enterprise.waitForEvent('download');
    await evidence.getByRole('button', { name: '下载 验收单.pdf' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('验收单.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), PDF)).toBe(0);
    await expect(files.getByText('随“双反馈”提交')).toBeVisible();
  });
});
