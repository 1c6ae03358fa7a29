import type { Locator, Page } from '@playwright/test';
import { expect, named } from './fixtures';

/**
 * Steps a person takes in the console, written once. They find things by what is on the screen
 * (labels, button names, headings); the one exception is Ant Design's Select, whose open list
 * has no accessible name of its own: its options are found by their title inside the open list.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The field labelled `label`, as a person reads it: a required field's name starts with the
 * asterisk Ant Design draws ("* 标题"), an optional one ends with "(选填)".
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^(\\*\\s*)?${escape(label)}\\s*([(（].*)?$`));
}

/** Picks the radio button (or radio) named `name`, by clicking its label as a person does. */
export async function pick(scope: Locator, name: string): Promise<void> {
  const radio = scope.getByRole('radio', { name, exact: true });
  await radio.locator('xpath=ancestor::label[1]').click();
  await expect(radio).toBeChecked();
}

/**
 * Picks `option` in the Select labelled `label` (inside `scope`, e.g. a dialog). A multiple
 * Select is typed into and confirmed with Enter, and its list (which stays open) is closed by
 * clicking `away` (e.g. another field's label), as a person would.
 */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string, options: { away?: Locator } = {}): Promise<void> {
  const select = field(scope, label);
  await select.click();
  if (options.away) {
    await select.pressSequentially(option);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click();
    await options.away.click();
    await expect(select).toHaveAttribute('aria-expanded', 'false');
    return;
  }
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click();
}

/** 企业点单: places an order through the form and returns its page's path. */
export async function placeOrder(page: Page, order: { category: string; title: string; description: string; enterprise?: string }): Promise<string> {
  await page.goto('/orders/new');
  await expect(page.getByRole('heading', { level: 1, name: '企业点单' })).toBeVisible();
  if (order.enterprise) await choose(page, page, '企业', order.enterprise);
  // Not an item of the service catalogue: "other", then the category.
  await choose(page, page, '服务事项', '其他(清单以外的问题)');
  await choose(page, page, '问题类别', order.category);
  await field(page, '标题').fill(order.title);
  await field(page, '问题描述').fill(order.description);
  await page.getByRole('button', { name: named('提交点单') }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: order.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Opens a queue's tab (`tab`: its name without the count) and the order titled `title` in it. */
export async function openFromQueue(page: Page, path: string, tab: string, title: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The buttons the order offers (its availableActions), by name. */
export function actions(page: Page): Locator {
  return page.getByRole('navigation', { name: '可执行的操作' }).getByRole('button');
}

/** Opens an action's dialog from the order's page. */
export async function startAction(page: Page, action: string): Promise<Locator> {
  await page.getByRole('navigation', { name: '可执行的操作' }).getByRole('button', { name: named(action) }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${action} · `) });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Confirms an action's dialog (its OK button bears the action's name). */
export async function confirm(dialog: Locator, action: string): Promise<void> {
  await dialog.getByRole('button', { name: named(action) }).click();
}

/** Confirms and waits for the order to reach `state` (the state tag on the page). */
export async function confirmAndExpect(page: Page, dialog: Locator, action: string, state: string): Promise<void> {
  await confirm(dialog, action);
  await expect(dialog).toBeHidden();
  await expect(stateOf(page)).toHaveText(state);
}

/** The order's state as its page shows it. */
export function stateOf(page: Page): Locator {
  return page.getByRole('main').getByText(/^(已点单|已派单|办理中|待企业补充|已退单|已反馈|整改中|已办结|已撤回)$/).first();
}

/** 党委派单 from the order's page: department (its leader follows), priority, optional note. */
export async function dispatch(page: Page, to: { department: string; priority?: string; note?: string }): Promise<void> {
  const dialog = await startAction(page, '派单');
  await choose(page, dialog, '责任部门', to.department);
  await pick(dialog, to.priority ?? '一般');
  if (to.note) await field(dialog, '备注').fill(to.note);
  await confirmAndExpect(page, dialog, '派单', '已派单');
}

/** 双反馈 from the order's page. */
export async function giveFeedback(page: Page, result: string, content: string, after = '已反馈'): Promise<void> {
  const dialog = await startAction(page, '双反馈');
  await pick(dialog, result);
  await field(dialog, '反馈内容').fill(content);
  await confirmAndExpect(page, dialog, '双反馈', after);
}

/** 评单: `score` stars and an optional comment. */
export async function rate(page: Page, score: number, comment?: string): Promise<Locator> {
  const dialog = await startAction(page, '评单');
  await dialog.getByRole('radio').nth(score - 1).click();
  if (comment) await field(dialog, '评价').fill(comment);
  return dialog;
}

/** A line of the order's details (label and value), e.g. detail(page, '反馈时限'). */
export function detail(page: Page, label: string): Locator {
  return page.getByRole('main').getByRole('row', { name: new RegExp(`^\\s*${label}`) });
}
