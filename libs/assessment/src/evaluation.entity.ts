import type { AttachmentRef } from '@whistle/files';
import type { RectificationState, StoredRectification } from '@whistle/workflows';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type EvaluationState = 'open' | 'closed';

/** 测评会: an evaluation meeting where supervisors and invited enterprise heads score departments. */
@Entity('evaluations')
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') title!: string;
  /** null: all chains (an administrator's evaluation). */
  @Column({ name: 'chain_id', type: 'uuid', nullable: true }) chainId!: string | null;
  @Column({ name: 'period_from', type: 'date' }) periodFrom!: string;
  @Column({ name: 'period_to', type: 'date' }) periodTo!: string;
  @Column('text') state!: EvaluationState;
  @Column({ type: 'numeric', precision: 5, scale: 2 }) threshold!: string;
  @Column({ name: 'supervisor_weight', type: 'numeric' }) supervisorWeight!: string;
  @Column({ name: 'enterprise_weight', type: 'numeric' }) enterpriseWeight!: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy!: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}

@Entity('evaluation_departments')
export class EvaluationDepartmentEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' }) evaluationId!: string;
  @PrimaryColumn({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ type: 'numeric', nullable: true }) result!: string | null;
  @Column({ name: 'supervisor_mean', type: 'numeric', nullable: true }) supervisorMean!: string | null;
  @Column({ name: 'enterprise_mean', type: 'numeric', nullable: true }) enterpriseMean!: string | null;
  @Column({ type: 'integer', nullable: true }) scores!: number | null;
  @Column({ type: 'integer', nullable: true }) recused!: number | null;
}

export type ScorerKind = 'supervisor' | 'enterprise';

@Entity('evaluation_scorers')
export class EvaluationScorerEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' }) evaluationId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column('text') kind!: ScorerKind;
  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true }) enterpriseId!: string | null;
}

@Entity('evaluation_scores')
export class EvaluationScoreEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' }) evaluationId!: string;
  @PrimaryColumn({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @PrimaryColumn({ name: 'scorer_id', type: 'uuid' }) scorerId!: string;
  @Column('smallint') score!: number;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  /** The scorer's enterprise has an open ticket with the department: the score is kept but not counted. */
  @Column('boolean') recused!: boolean;
  @Column({ name: 'recusal_reason', type: 'text', nullable: true }) recusalReason!: string | null;
  @Column({ name: 'scored_at', type: 'timestamptz' }) scoredAt!: Date;
}

/** 整改单: what a department scored below the threshold must correct, by a deadline. */
@Entity('rectification_orders')
export class RectificationOrderEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column({ name: 'evaluation_id', type: 'uuid' }) evaluationId!: string;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ name: 'chain_id', type: 'uuid', nullable: true }) chainId!: string | null;
  @Column({ name: 'leader_user_id', type: 'uuid', nullable: true }) leaderUserId!: string | null;
  @Column({ type: 'numeric' }) score!: string;
  @Column({ type: 'numeric' }) threshold!: string;
  @Column('text') state!: RectificationState;
  @Column('jsonb') machine!: StoredRectification;
  @Column({ name: 'due_by', type: 'timestamptz' }) dueBy!: Date;
  @Column('boolean') overdue!: boolean;
  @Column({ name: 'escalation_level', type: 'smallint' }) escalationLevel!: number;
  @Column({ type: 'text', nullable: true }) report!: string | null;
  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true }) reportedAt!: Date | null;
  /** The files the report carried, with their hashes (empty before a report, or for a report without). */
  @Column({ name: 'report_attachments', type: 'jsonb' }) reportAttachments!: AttachmentRef[];
  @Column({ name: 'decision_note', type: 'text', nullable: true }) decisionNote!: string | null;
  @Column({ name: 'signed_off_by', type: 'uuid', nullable: true }) signedOffBy!: string | null;
  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true }) signedOffAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('integer') version!: number;
}
