import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DayKind } from './working-days.js';

/** An administrator's correction of the official calendar for one day. */
@Entity('calendar_days')
export class CalendarDayEntity {
  @PrimaryColumn({ type: 'date' }) date!: string;
  @Column('text') kind!: DayKind;
  @Column({ type: 'text', nullable: true }) name!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
