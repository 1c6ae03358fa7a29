import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SLA_STAGES = ['dispatch', 'accept', 'feedback', 'rectify', 'rate', 'assist'] as const;
export type SlaStage = (typeof SLA_STAGES)[number];

/** One deadline: a calendar duration (ISO 8601) or a number of working days. */
export type DeadlineSpec = { duration: string } | { workingDays: number };

/**
 * Deadlines for tickets of a category and priority. Either may be null, meaning "any"; the
 * most specific policy that sets a stage wins, and SLA_* from the environment when none does.
 */
@Entity('sla_policies')
export class SlaPolicyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', nullable: true }) category!: string | null;
  @Column({ type: 'text', nullable: true }) priority!: string | null;
  @Column('jsonb') deadlines!: Partial<Record<SlaStage, DeadlineSpec>>;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
