import { ORG } from './env';
import { expect, expectAccessible, named, test } from './fixtures';
import { choose, field } from './ui';

test.describe('integrations (系统对接) in the console', () => {
  test('an administrator registers a webhook endpoint, keeps its secret, pauses it, sends a test, sees the delivery and deletes it', async ({ admin }) => {
    await admin.goto('/admin/webhooks');
    await expect(admin.getByRole('heading', { level: 1, name: '推送地址(Webhook)' })).toBeVisible();
    await admin.getByRole('button', { name: named('新建推送地址', false) }).click();
    const dialog = admin.getByRole('dialog', { name: '新建推送地址' });
    // A private address is refused beside the field (this server does not set WEBHOOK_ALLOW_PRIVATE).
    await field(dialog, '接收地址').fill('http://127.0.0.1:9/hooks');
    await dialog.getByRole('button', { name: named('创建', false) }).click();
    await expect(dialog.getByText(/private, loopback or link-local/)).toBeVisible();
    // A public address (nothing is sent there: the endpoint is paused at once).
    const url = `https://93.184.215.14/hooks/${Math.random().toString(36).slice(2, 8)}`;
    await field(dialog, '接收地址').fill(url);
    await field(dialog, '说明').fill('区政务 OA 系统');
    await dialog.getByRole('button', { name: named('创建', false) }).click();
    const secret = admin.getByRole('dialog', { name: '签名密钥(只显示这一次)' });
    await expect(secret.getByTestId('webhook-secret')).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await secret.getByRole('button', { name: named('我已保存', false) }).click();
    await expect(secret).toBeHidden();

    const row = admin.getByRole('row').filter({ hasText: url });
    await expect(row).toContainText('全部事件');
    await expect(row).toContainText('推送中');
    await row.getByRole('button', { name: named('暂停', false) }).click();
    await expect(row).toContainText('已暂停');
    await row.getByRole('button', { name: named('发送测试', false) }).click();
    await expect(row).toContainText('待发 1');
    await row.getByRole('button', { name: named('推送记录', false) }).click();
    const drawer = admin.getByRole('dialog', { name: `推送记录:${url}` });
    await expect(drawer.getByRole('row').filter({ hasText: 'webhook.test' })).toContainText('待发送');
    await expectAccessible(admin, 'a webhook endpoint’s deliveries');
    await admin.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await row.getByRole('button', { name: named('删除', false) }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: named('删除') }).click();
    await expect(row).toHaveCount(0);
  });

  test('an administrator issues an Open311 key shown once; an order placed with it is in the committee’s console; the key is revoked', async ({ admin, dispatcher }) => {
    const name = `12345 热线 ${Math.random().toString(36).slice(2, 6)}`;
    await admin.goto('/admin/api-keys');
    await admin.getByRole('button', { name: named('发放密钥', false) }).click();
    const dialog = admin.getByRole('dialog', { name: '发放密钥' });
    await field(dialog, '使用方').fill(name);
    await choose(admin, dialog, '企业', ORG.acme);
    await dialog.getByRole('button', { name: named('创建', false) }).click();
    const shown = admin.getByRole('dialog', { name: '接口密钥(只显示这一次)' });
    await expect(shown.getByTestId('api-key')).toHaveText(/^wk_[A-Za-z0-9_-]{43}$/);
    const key = (await shown.getByTestId('api-key').textContent())!;
    await shown.getByRole('button', { name: named('我已保存', false) }).click();

    // The hotline places an order through Open311 (form-encoded, as the specification says)…
    const services = (await (await admin.request.get('/open311/v2/services.json')).json()) as { service_code: string }[];
    const placed = await admin.request.post('/open311/v2/requests.json', {
      form: { api_key: key, service_code: services[0]!.service_code, description: '12345热线转来:厂区门前道路积水,请协调疏通' },
    });
    expect(placed.status()).toBe(201);
    const [request] = (await placed.json()) as { service_request_id: string; token: string }[];
    // …and the committee finds it in its console, as any order.
    await dispatcher.goto(`/orders/${request!.token}`);
    await expect(dispatcher.getByText(request!.service_request_id).first()).toBeVisible();
    await expect(dispatcher.getByText('12345热线转来:厂区门前道路积水,请协调疏通').first()).toBeVisible();

    const row = admin.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(`企业: ${ORG.acme}`);
    await expect(row).toContainText('有效');
    await expectAccessible(admin, 'the API keys');
    await row.getByRole('button', { name: named('撤销', false) }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: named('撤销') }).click();
    await expect(row).toContainText('已撤销');
  });

  test('an administrator sees the queues', async ({ admin }) => {
    await admin.goto('/admin/queues');
    await expect(admin.getByRole('heading', { level: 1, name: '队列状态' })).toBeVisible();
    await expect(admin.getByText('时限队列')).toBeVisible();
    await expect(admin.getByText('推送队列')).toBeVisible();
    await expect(admin.getByText('没有失败的任务')).toBeVisible();
  });
});
