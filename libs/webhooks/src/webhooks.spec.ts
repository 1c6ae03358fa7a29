import { Webhook } from 'standardwebhooks';
import { TICKET_EVENT_TYPES, ticketEventType, WEBHOOK_SUBSCRIPTIONS } from './webhook-events.js';
import { newSecret, retryAfter, signature } from './webhook.sender.js';

describe('webhook event types', () => {
  it('names a timeline line ticket.<type>, with the notices’ names for feedback and an unrated close', () => {
    expect(ticketEventType('dispatched')).toBe('ticket.dispatched');
    expect(ticketEventType('feedback_given')).toBe('ticket.feedback');
    expect(ticketEventType('closed_unrated')).toBe('ticket.closed');
    expect(ticketEventType('attachment_added')).toBe('ticket.attachment_added');
  });

  it('offers every type, its family and * for subscription', () => {
    expect(WEBHOOK_SUBSCRIPTIONS).toEqual(expect.arrayContaining(['*', 'ticket.*', 'rectification.*', 'evaluation.*', ...TICKET_EVENT_TYPES]));
    expect(new Set(WEBHOOK_SUBSCRIPTIONS).size).toBe(WEBHOOK_SUBSCRIPTIONS.length);
  });
});

describe('signing', () => {
  const body = JSON.stringify({ type: 'ticket.placed', timestamp: '2026-12-01T00:00:00.000Z', data: {} });
  const at = new Date();
  const headers = (sig: string) => ({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': sig });

  it('makes Standard Webhooks secrets and signatures the official verifier accepts', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const sig = signature([secret], 'msg_1', at, body);
    expect(sig).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers(sig))).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSecret()).verify(body, headers(sig))).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('placed', 'closed'), headers(sig))).toThrow();
  });

  it('signs with each secret during a rotation, so either verifies', () => {
    const [fresh, old] = [newSecret(), newSecret()];
    const sig = signature([fresh, old], 'msg_1', at, body);
    expect(sig.split(' ')).toHaveLength(2);
    for (const secret of [fresh, old]) expect(() => new Webhook(secret).verify(body, headers(sig))).not.toThrow();
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(retryAfter('120', now)).toBe(120);
    expect(retryAfter(' 5 ', now)).toBe(5);
    expect(retryAfter('Tue, 01 Dec 2026 00:01:00 GMT', now)).toBe(60);
    expect(retryAfter('Mon, 30 Nov 2026 00:00:00 GMT', now)).toBe(0);
    expect(retryAfter(['7', '9'], now)).toBe(7);
    expect(retryAfter(undefined, now)).toBeNull();
    expect(retryAfter('soon', now)).toBeNull();
  });
});
