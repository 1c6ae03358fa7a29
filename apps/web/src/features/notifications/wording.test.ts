import { describe, expect, it } from 'vitest';
import { noticeText } from './wording';

const base = {
  id: 'n1',
  type: 'ticket.escalated' as const,
  ticketId: 't1',
  evaluationId: null,
  rectificationId: null,
  ticketCode: 'PHARMA-2026-000001',
  ticketTitle: '流动资金贷款',
  rectificationCode: null,
  evaluationTitle: null,
  message: 'PHARMA-2026-000001 “流动资金贷款”: escalated to level 1',
  params: {},
  createdAt: '2026-12-01T00:00:00Z',
  readAt: null,
};

describe('noticeText', () => {
  it('words a notice in the reader’s language from its type, code and title', () => {
    expect(noticeText(base, 'zh-CN')).toBe('督办:PHARMA-2026-000001「流动资金贷款」已超期');
    expect(noticeText(base, 'en-US')).toBe('Escalated: PHARMA-2026-000001 “流动资金贷款” is overdue');
  });

  it('falls back to the API’s message for a type the console does not know', () => {
    expect(noticeText({ ...base, type: 'ticket.something_new' as never }, 'zh-CN')).toBe(base.message);
  });

  it('words notices about a rectification order or an evaluation', () => {
    expect(noticeText({ ...base, type: 'rectification.ordered', ticketId: null, ticketCode: null, ticketTitle: null, rectificationCode: 'RECT-1' }, 'zh-CN')).toBe('整改通知:RECT-1');
    expect(noticeText({ ...base, type: 'evaluation.opened', ticketId: null, ticketCode: null, ticketTitle: null, evaluationTitle: '11月测评会' }, 'en-US')).toBe('You are invited to score: 11月测评会');
  });

  it('words a webhook endpoint disabled, which names no order but its URL', () => {
    const disabled = { ...base, type: 'webhook.disabled' as const, ticketId: null, ticketCode: null, ticketTitle: null, params: { url: 'https://oa.example.gov.cn/hooks', reason: 'gone' as const } };
    expect(noticeText(disabled, 'zh-CN')).toBe('推送地址已停用:https://oa.example.gov.cn/hooks');
    expect(noticeText(disabled, 'en-US')).toBe('Webhook endpoint disabled: https://oa.example.gov.cn/hooks');
  });
});
