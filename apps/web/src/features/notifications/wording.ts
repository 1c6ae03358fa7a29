import type { components } from '@/api/schema';
import { type Locale, translate } from '@/lib/i18n';

type Notification = components['schemas']['NotificationView'];

/**
 * A notice in the reader's language, from its type and what it is about; the API's English
 * `message` is the fallback for a type the console does not know yet.
 */
export function noticeText(n: Notification, locale: Locale): string {
  const key = `notice.${n.type}`;
  const text = translate(locale, key, {
    code: n.ticketCode ?? n.rectificationCode ?? '',
    title: n.ticketTitle ?? n.evaluationTitle ?? '',
    url: n.params.url ?? '',
    message: n.message,
  });
  const named = n.ticketCode || n.rectificationCode || n.evaluationTitle || n.params.url;
  return text === key || !named ? n.message : text;
}
