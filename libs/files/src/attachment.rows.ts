import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@whistle/common';
import { prepared } from '@whistle/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** How a timeline event, a feedback, a report or a list names an attached file: with its hash. */
export interface AttachmentRef {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

/**
 * What a file is attached to: an order (工单), whose timeline names each upload (`seq`), or a
 * rectification order (整改单), which has no timeline of its own.
 */
export type AttachmentSubject = { ticketId: string } | { rectificationId: string };

export interface AttachmentRow extends AttachmentRef {
  ticketId: string | null;
  rectificationId: string | null;
  /** The order's timeline event naming the upload; null for a rectification order's file. */
  seq: number | null;
  uploadedBy: string;
  uploadedRole: Role;
  uploadedAt: Date;
  /** The version the action that carried it gave its subject (an order's timeline event; a rectification order's report). */
  usedSeq: number | null;
  usedAction: string | null;
}

const COLUMNS = `id, ticket_id AS "ticketId", rectification_id AS "rectificationId", seq, name, size::int AS size, content_type AS "contentType",
  sha256, uploaded_by AS "uploadedBy", uploaded_role AS "uploadedRole", uploaded_at AS "uploadedAt", used_seq AS "usedSeq", used_action AS "usedAction"`;

const subjectOf = (subject: AttachmentSubject): [column: 'ticket_id' | 'rectification_id', id: string] =>
  'ticketId' in subject ? ['ticket_id', subject.ticketId] : ['rectification_id', subject.rectificationId];

export const ref = ({ id, name, size, contentType, sha256 }: AttachmentRef): AttachmentRef => ({ id, name, size, contentType, sha256 });

export async function countAttachments(manager: EntityManager, subject: AttachmentSubject): Promise<number> {
  const [column, id] = subjectOf(subject);
  const [{ n }] = (await manager.query(prepared(`SELECT count(*)::int AS n FROM attachments WHERE ${column} = $1`), [id])) as [{ n: number }];
  return n;
}

export async function insertAttachment(
  manager: EntityManager,
  subject: AttachmentSubject,
  row: Pick<AttachmentRow, 'seq' | 'name' | 'size' | 'contentType' | 'sha256' | 'uploadedBy' | 'uploadedRole' | 'uploadedAt'>,
): Promise<AttachmentRow> {
  const [column, id] = subjectOf(subject);
  const [inserted] = (await manager.query(
    prepared(`INSERT INTO attachments (${column}, seq, name, size, content_type, sha256, uploaded_by, uploaded_role, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`),
    [id, row.seq, row.name, row.size, row.contentType, row.sha256, row.uploadedBy, row.uploadedRole, row.uploadedAt],
  )) as AttachmentRow[];
  return inserted!;
}

/** A subject's files, oldest first. */
export async function listAttachments(manager: EntityManager, subject: AttachmentSubject): Promise<AttachmentRow[]> {
  const [column, id] = subjectOf(subject);
  return (await manager.query(prepared(`SELECT ${COLUMNS} FROM attachments WHERE ${column} = $1 ORDER BY seq NULLS LAST, uploaded_at, id`), [id])) as AttachmentRow[];
}

export async function findAttachment(manager: EntityManager, id: string): Promise<AttachmentRow | null> {
  const [row] = (await manager.query(prepared(`SELECT ${COLUMNS} FROM attachments WHERE id = $1`), [id])) as AttachmentRow[];
  return row ?? null;
}

/**
 * Marks the files an action carries (`attachmentIds`) as sent with it (the version `seq` it
 * gives its subject), in the action's transaction: each must be a file of this subject that this
 * user attached and no action has carried yet. Answers them in the order given, or null when any
 * is not.
 */
export async function claimAttachments(
  manager: EntityManager,
  input: { subject: AttachmentSubject; userId: string; ids: string[]; seq: number; action: string },
): Promise<AttachmentRef[] | null> {
  const [column, id] = subjectOf(input.subject);
  // TypeORM answers an UPDATE … RETURNING as [rows, affected].
  const [claimed] = (await manager.query(
    prepared(`UPDATE attachments SET used_seq = $4, used_action = $5
      WHERE ${column} = $1 AND uploaded_by = $2 AND id = ANY($3::uuid[]) AND used_seq IS NULL RETURNING ${COLUMNS}`),
    [id, input.userId, input.ids, input.seq, input.action],
  )) as [AttachmentRow[], number];
  if (claimed.length !== new Set(input.ids).size) return null;
  const byId = new Map(claimed.map((row) => [row.id, row]));
  return input.ids.map((id) => ref(byId.get(id)!));
}

/** Reads an attachment's row by its id, whichever subject it belongs to (the download route's first step). */
@Injectable()
export class AttachmentFinder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string): Promise<AttachmentRow | null> {
    return findAttachment(this.dataSource.manager, id);
  }
}
