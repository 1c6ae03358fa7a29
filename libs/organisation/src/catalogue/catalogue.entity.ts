import type { Category, Priority } from '@whistle/common';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** 服务清单: one item of what enterprises can order, for every chain (chainId null) or one. */
@Entity('service_catalogue')
export class CatalogueItemEntity {
  @PrimaryColumn('text') code!: string;
  @Column('text') name!: string;
  @Column({ name: 'name_en', type: 'text', nullable: true }) nameEn!: string | null;
  @Column('text') category!: Category;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'chain_id', type: 'uuid', nullable: true }) chainId!: string | null;
  /** Where the committee's dispatch form starts (it may choose another). */
  @Column({ name: 'default_department_id', type: 'uuid', nullable: true }) defaultDepartmentId!: string | null;
  @Column({ name: 'default_priority', type: 'text', nullable: true }) defaultPriority!: Priority | null;
  /** The order items are listed in (the park's published list); then by code. */
  @Column({ name: 'sort_order', type: 'integer', default: 0 }) sortOrder!: number;
  /** Retired: no new order may name it; the orders that do keep it. */
  @Column('boolean', { default: false }) retired!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
