import type { Role } from '@whistle/common';
import type { AttachmentRow } from '@whistle/files';

export type { AttachmentRef } from '@whistle/files';

/** Who attaches files: the parties that act on an order. Supervisors, leaders and administrators read them. */
export const UPLOADER_ROLES: readonly Role[] = ['enterprise', 'commissioner', 'dispatcher', 'department'];

/** The timeline event of an upload: no step of the workflow (the verifier's replay passes over it). */
export const ATTACHMENT_EVENT = 'attachment_added';

/** A row of the attachments table that is an order's file: it names the order and the timeline event of the upload. */
export type TicketAttachmentRow = AttachmentRow & { ticketId: string; seq: number };

/** The row as an order's file, or null when it is another subject's (a rectification order's). */
export function ticketAttachment(row: AttachmentRow): TicketAttachmentRow | null {
  return row.ticketId !== null && row.seq !== null ? (row as TicketAttachmentRow) : null;
}
