import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationParams } from './notification.dto.js';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column('text') type!: string;
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true }) ticketId!: string | null;
  @Column({ name: 'evaluation_id', type: 'uuid', nullable: true }) evaluationId!: string | null;
  @Column({ name: 'rectification_id', type: 'uuid', nullable: true }) rectificationId!: string | null;
  @Column('text') message!: string;
  @Column({ type: 'jsonb', nullable: true }) params!: NotificationParams | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
