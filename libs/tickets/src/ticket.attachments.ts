import type { Role } from '@whistle/common';
import { prepared } from '@whistle/persistence';
import type { EntityManager } from 'typeorm';

/** How a timeline event, a feedback or the list names an attached file: the audit chain covers its hash. */
export interface AttachmentRef {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

export interface AttachmentRow extends AttachmentRef {
  ticketId: string;
  seq: number;
  uploadedBy: string;
  uploadedRole: Role;
  uploadedAt: Date;
  usedSeq: number | null;
  usedAction: string | null;
}

/** Who attaches files: the parties that act on an order. Supervisors, leaders and administrators read them. */
export const UPLOADER_ROLES: readonly Role[] = ['enterprise', 'commissioner', 'dispatcher', 'department'];

/** The timeline event of an upload: no step of the workflow (the verifier's replay passes over it). */
export const ATTACHMENT_EVENT = 'attachment_added';

const COLUMNS = `id, ticket_id AS "ticketId", seq, name, size::int AS size, content_type AS "contentType", sha256, uploaded_by AS "uploadedBy",
  uploaded_role AS "uploadedRole", uploaded_at AS "uploadedAt", used_seq AS "usedSeq", used_action AS "usedAction"`;

export const ref = ({ id, name, size, contentType, sha256 }: AttachmentRef): AttachmentRef => ({ id, name, size, contentType, sha256 });

export async function countAttachments(manager: EntityManager, ticketId: string): Promise<number> {
  const [{ n }] = (await manager.query(prepared(`SELECT count(*)::int AS n FROM attachments WHERE ticket_id = $1`), [ticketId])) as [{ n: number }];
  return n;
}

export async function insertAttachment(manager: EntityManager, row: Omit<AttachmentRow, 'id' | 'usedSeq' | 'usedAction'>): Promise<AttachmentRow> {
  const [inserted] = (await manager.query(
    prepared(`INSERT INTO attachments (ticket_id, seq, name, size, content_type, sha256, uploaded_by, uploaded_role, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`),
    [row.ticketId, row.seq, row.name, row.size, row.contentType, row.sha256, row.uploadedBy, row.uploadedRole, row.uploadedAt],
  )) as AttachmentRow[];
  return inserted!;
}

export async function listAttachments(manager: EntityManager, ticketId: string): Promise<AttachmentRow[]> {
  return (await manager.query(prepared(`SELECT ${COLUMNS} FROM attachments WHERE ticket_id = $1 ORDER BY seq`), [ticketId])) as AttachmentRow[];
}

export async function findAttachment(manager: EntityManager, id: string): Promise<AttachmentRow | null> {
  const [row] = (await manager.query(prepared(`SELECT ${COLUMNS} FROM attachments WHERE id = $1`), [id])) as AttachmentRow[];
  return row ?? null;
}

/**
 * Marks the files an action carries (`attachmentIds`) as sent with it (event `seq`), in the
 * action's transaction: each must be a file of this order that this user attached and no action
 * has carried yet. Answers them in the order given, or null when any is not.
 */
export async function claimAttachments(
  manager: EntityManager,
  input: { ticketId: string; userId: string; ids: string[]; seq: number; action: string },
): Promise<AttachmentRef[] | null> {
  // TypeORM answers an UPDATE … RETURNING as [rows, affected].
  const [claimed] = (await manager.query(
    prepared(`UPDATE attachments SET used_seq = $4, used_action = $5
      WHERE ticket_id = $1 AND uploaded_by = $2 AND id = ANY($3::uuid[]) AND used_seq IS NULL RETURNING ${COLUMNS}`),
    [input.ticketId, input.userId, input.ids, input.seq, input.action],
  )) as [AttachmentRow[], number];
  if (claimed.length !== new Set(input.ids).size) return null;
  const byId = new Map(claimed.map((row) => [row.id, row]));
  return input.ids.map((id) => ref(byId.get(id)!));
}
