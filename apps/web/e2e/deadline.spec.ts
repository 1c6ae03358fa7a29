import { expect, test, uniqueTitle } from './fixtures';
import { ORG, SHORT_ACCEPT_SECONDS, setting } from './env';
import { dispatch, placeOrder } from './ui';

/** The red of an overdue countdown (#a8071a). */
const RED = 'rgb(168, 7, 26)';

test('a missed deadline turns the countdown red and raises the unread count of the leader in charge', async ({ enterprise, dispatcher, leader }) => {
  test.slow();
  // 物流 has a policy of its own in this run: accept within SHORT_ACCEPT_SECONDS, or escalation level 1 to the leader in charge.
  const title = uniqueTitle('物流受阻');
  const path = await placeOrder(enterprise, { category: '物流', title, description: '货运通道临时管制,原料进不来。' });
  await leader.goto('/work');
  const bell = leader.getByRole('link', { name: /条未读消息/ });
  await expect(bell).toBeVisible();
  await leader.waitForLoadState('networkidle');
  const unread = async () => Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? NaN);
  const unreadBefore = await unread();
  expect(unreadBefore).not.toBeNaN();

  await dispatcher.goto(path);
  await dispatch(dispatcher, { department: ORG.fin });
  const countdown = dispatcher.getByRole('main').getByText(/^接单时限 · /);
  await expect(countdown).toContainText('剩余');
  const dispatchedAt = Date.now();

  // At the deadline the countdown says so, in red.
  await expect(countdown).toContainText('已超期', { timeout: (SHORT_ACCEPT_SECONDS + 10) * 1000 });
  await expect(countdown).toHaveCSS('color', RED);
  // The leader's bell counts the escalation without a reload (the header polls every 4 s).
  // The escalation fires at the deadline; the bell shows it within one poll (4 s) of the notice.
  const within = Math.max(15_000, setting.expectTimeout);
  await expect.poll(unread, { timeout: within, intervals: [500] }).toBeGreaterThan(unreadBefore);
  const noticedAfter = Date.now() - dispatchedAt;
  test.info().annotations.push({ type: 'escalation noticed', description: `${Math.round(noticedAfter / 1000)} s after the dispatch (deadline ${SHORT_ACCEPT_SECONDS} s)` });
  await bell.click();
  await expect(leader.getByText(new RegExp(`督办:.*「${title}」已超期`))).toBeVisible();
});
