import { useQuery } from '@tanstack/react-query';
import { api, call, download, uploadFile } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import type { MessageKey } from '@/lib/i18n';
import type { Ticket } from './api';

export type Attachment = components['schemas']['AttachmentView'];
export type RectificationAttachment = components['schemas']['RectificationAttachmentView'];
export type AttachmentRef = components['schemas']['AttachmentRefView'];

/** What files are attached to: an order (工单), or a rectification order (整改单, its evidence). */
export type AttachTarget = { kind: 'ticket'; id: string } | { kind: 'rectification'; id: string };

/** Under the subject's key, so that invalidating `ticketKeys.all` (or the rectification) after any action refreshes it too. */
export const attachmentKeys = {
  list: (ticketId: string) => ['/api/tickets', ticketId, 'attachments'] as const,
  of: (target: AttachTarget) => (target.kind === 'ticket' ? attachmentKeys.list(target.id) : (['/api/rectifications', target.id, 'attachments'] as const)),
};

export function useAttachments(ticketId: string) {
  return useQuery({
    queryKey: attachmentKeys.list(ticketId),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}/attachments', { params: { path: { id: ticketId } }, signal })),
  });
}

export function uploadAttachment(ticketId: string, file: File, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<Attachment> {
  return uploadFile<Attachment>(`/api/tickets/${encodeURIComponent(ticketId)}/attachments`, file, onProgress, signal);
}

/** Uploads a file to an order or a rectification order. */
export function uploadTo(target: AttachTarget, file: File, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<Attachment | RectificationAttachment> {
  if (target.kind === 'ticket') return uploadAttachment(target.id, file, onProgress, signal);
  return uploadFile<RectificationAttachment>(`/api/rectifications/${encodeURIComponent(target.id)}/attachments`, file, onProgress, signal);
}

export function downloadAttachment(file: Pick<AttachmentRef, 'id' | 'name'>): Promise<void> {
  return download(`/api/attachments/${encodeURIComponent(file.id)}`, file.name);
}

/** The roles that attach files (the server says the same: UPLOADER_ROLES); the others read them. */
const UPLOADERS = new Set(['enterprise', 'commissioner', 'dispatcher', 'department']);

/** Whether this user may attach files to this order now. */
export function mayAttach(role: string | undefined, ticket: Pick<Ticket, 'state'>): boolean {
  return role !== undefined && UPLOADERS.has(role) && ticket.state !== 'closed' && ticket.state !== 'withdrawn';
}

/** `file.size` in words a clerk reads: 980 B, 12.3 KB, 4.5 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [n, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  // 20 MB, not 20.0 MB.
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
}

/** Why an upload was refused, as a message key and its values (the server's message is for developers). */
export function uploadRefusal(
  error: unknown,
  limits: { maxBytes: number; maxPerTicket: number } | undefined,
  subject: AttachTarget['kind'] = 'ticket',
): { key: MessageKey; vars?: Record<string, string | number> } {
  if (!(error instanceof ApiError)) return { key: 'attachments.error.failed' };
  const code = error.body?.error;
  if (error.status === 413 || code === 'too_large') return { key: 'attachments.error.tooLarge', vars: { max: formatBytes(limits?.maxBytes ?? Number(error.body?.limit ?? 0)) } };
  if (error.status === 415 || code === 'unsupported_type') return { key: 'attachments.error.type' };
  if (error.status === 409 && code === 'invalid_state') return { key: subject === 'ticket' ? 'attachments.error.closed' : 'attachments.error.rectClosed' };
  if (error.status === 409) return { key: subject === 'ticket' ? 'attachments.error.full' : 'attachments.error.rectFull', vars: { max: limits?.maxPerTicket ?? Number(error.body?.limit ?? 0) } };
  if (error.status === 400 && /empty/.test(error.message)) return { key: 'attachments.error.empty' };
  if (error.status === 403) return { key: 'attachments.error.forbidden' };
  if (error.kind === 'network') return { key: 'attachments.error.network' };
  return { key: 'attachments.error.failed' };
}

/** The first characters of a hash, enough to compare with a printout. */
export const shortHash = (sha256: string) => `${sha256.slice(0, 12)}…`;
