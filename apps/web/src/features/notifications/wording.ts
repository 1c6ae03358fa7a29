import type { components } from '@/api/schema';
import { type Locale, translate } from '@/lib/i18n';

type Notification = components['schemas']['NotificationView'];

/**
 * A notice in the reader's language, from its type and what it is about; the API's English
 * `message` is the fallback for a type the console does not know yet.
 */
export function noticeText(n: Notification, locale: Locale): string {
  const extra = n as Notification & { ticketCode?: string | null; ticketTitle?: string | null; rectificationCode?: string | null; evaluationTitle?: string | null };
  const key = `notice.${n.type}`;
  const text = translate(locale, key, {
    code: extra.ticketCode ?? extra.rectificationCode ?? '',
    title: extra.ticketTitle ?? extra.evaluationTitle ?? '',
    message: n.message,
  });
  return text === key || (!extra.ticketCode && !extra.rectificationCode && !extra.evaluationTitle) ? n.message : text;
}
