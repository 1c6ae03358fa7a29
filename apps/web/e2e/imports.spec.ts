import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { ORG } from './env';
import { expect, expectAccessible, named, test } from './fixtures';
import { field, pick } from './ui';

const csv = (...lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
const tag = () => Math.random().toString(36).slice(2, 7);

test.describe('bulk import in the console', () => {
  test('an administrator downloads the template, reads every bad row of a dry run, and imports the corrected file', async ({ admin }) => {
    await admin.goto('/admin/import');
    await expect(admin.getByRole('heading', { level: 1, name: '批量导入' })).toBeVisible();
    await pick(admin.getByRole('radiogroup'), '企业');

    const downloaded = admin.waitForEvent('download');
    await admin.getByRole('button', { name: named('Excel 模板', false) }).click();
    const template = await downloaded;
    expect(template.suggestedFilename()).toBe('enterprises-template.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await template.path()) as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, '企业名称', '产业链（编码或名称）', '企业层级', '地址']);

    const t = tag();
    const bad = csv('企业名称,产业链（编码或名称）,企业层级,地址', `湘${t}一厂,PHARMA,链主企业,常德经开区`, `湘${t}二厂,NOPE,成员企业,`, `${ORG.acme},PHARMA,核心企业,`, `湘${t}三厂,PHARMA,巨头,`, `=HYPERLINK("x"),PHARMA,成员企业,`);
    await admin.locator('input[type=file]').setInputFiles({ name: 'enterprises.csv', mimeType: 'text/csv', buffer: bad });
    await expect(admin.getByRole('button', { name: named('导入') })).toBeDisabled();
    await admin.getByRole('button', { name: named('预检') }).click();
    await expect(admin.getByRole('alert').filter({ hasText: '4 行有问题(共 5 行)' })).toBeVisible();
    const problems = admin.getByRole('table');
    await expect(problems.getByRole('row').filter({ hasText: '没有此编码或名称的产业链' })).toContainText('3');
    await expect(problems.getByRole('row').filter({ hasText: '已存在' })).toContainText('企业名称');
    await expect(problems.getByRole('row').filter({ hasText: '只能填:链主企业、核心企业、成员企业' })).toContainText('5');
    await expect(problems.getByRole('row').filter({ hasText: '是公式' })).toContainText('6');
    await expect(admin.getByRole('button', { name: named('导入') })).toBeDisabled();
    await expectAccessible(admin, 'bulk import, with the errors of a dry run');

    const good = csv('企业名称,产业链（编码或名称）,企业层级,地址', `湘${t}一厂,PHARMA,链主企业,常德经开区`, `湘${t}二厂,${ORG.otherChain},成员企业,`);
    await admin.locator('input[type=file]').setInputFiles({ name: 'enterprises.csv', mimeType: 'text/csv', buffer: good });
    await admin.getByRole('button', { name: named('预检') }).click();
    await expect(admin.getByRole('status').filter({ hasText: '预检通过:2 行都可以导入' })).toBeVisible();
    await admin.getByRole('button', { name: named('导入') }).click();
    await expect(admin.getByRole('tooltip').getByText('导入 2 行企业?')).toBeVisible();
    await admin.getByRole('tooltip').getByRole('button', { name: named('导入') }).click();
    await expect(admin.getByRole('status').filter({ hasText: '已导入 2 行企业' })).toBeVisible();
    await expect(admin.getByRole('button', { name: named('导入') })).toBeDisabled(); // not twice

    await admin.goto('/admin/enterprises');
    await expect(admin.getByRole('row').filter({ hasText: `湘${t}二厂` })).toContainText(ORG.otherChain);
    await admin.goto('/admin/audit');
    await expect(admin.getByRole('row').filter({ hasText: `湘${t}一厂` }).first()).toContainText('批量导入');
  });

  test('imported users get their one-time passwords as a sheet for the administrator, and must change them at the first login', async ({ admin, page }) => {
    const t = tag();
    await admin.goto('/admin/import');
    await pick(admin.getByRole('radiogroup'), '用户');
    const file = csv('用户名,角色,姓名,产业链,企业,部门', `imp.${t}.a,企业,王经理,,${ORG.acme},`, `imp.${t}.b,职能部门,刘科员,,,FIN`);
    await admin.locator('input[type=file]').setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer: file });
    await admin.getByRole('button', { name: named('预检') }).click();
    await expect(admin.getByRole('status').filter({ hasText: '2 行都可以导入' })).toBeVisible();
    await admin.getByRole('button', { name: named('导入') }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: named('导入') }).click();

    const dialog = admin.getByRole('dialog', { name: '新用户的临时密码' });
    await expect(dialog.getByText('只显示这一次')).toBeVisible();
    await expect(dialog.getByRole('button', { name: named('我已下载并妥善保管') })).toBeDisabled();
    await expectAccessible(admin, 'bulk import, one-time passwords to download');
    const downloaded = admin.waitForEvent('download');
    await dialog.getByRole('button', { name: named('下载密码表(CSV)', false) }).click();
    const sheet = readFileSync(await (await downloaded).path(), 'utf8');
    expect(sheet.startsWith('\uFEFF用户名,姓名,角色,临时密码,文件中的行\r\n')).toBe(true);
    const line = sheet.split('\r\n').find((l) => l.startsWith(`imp.${t}.a,`))!;
    expect(line).toMatch(new RegExp(`^imp\\.${t}\\.a,王经理,企业,[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4},2$`));
    const oneTime = line.split(',')[3]!;
    await dialog.getByRole('button', { name: named('我已下载并妥善保管') }).click();
    await expect(dialog).toBeHidden();

    await page.goto('/login');
    await field(page, '用户名').fill(`imp.${t}.a`);
    await field(page, '密码').fill(oneTime);
    await page.getByRole('button', { name: named('登录') }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await field(page, '临时密码').fill(oneTime);
    await field(page, '新密码').fill('imported-secret-4');
    await field(page, '再次输入新密码').fill('imported-secret-4');
    await page.getByRole('button', { name: named('修改密码') }).click();
    await expect(page.getByText('密码已修改')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: '企业点单' })).toBeVisible();
  });

  test('a file that is not what its name says is refused in words a clerk reads', async ({ admin }) => {
    await admin.goto('/admin/import');
    await admin.locator('input[type=file]').setInputFiles({ name: 'departments.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: csv('code,name', 'X1,区某局') });
    await admin.getByRole('button', { name: named('预检') }).click();
    await expect(admin.getByRole('alert').filter({ hasText: '文件无法读取' })).toContainText('is called .xlsx but is not an XLSX workbook');
  });
});
