import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@whistle/common';

/** 产业链: an industrial chain with its chain committee (产业链党委). */
@Entity('chains')
export class ChainEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') code!: string;
  /** Retired (false): kept for the orders and assessments that refer to it, never deleted. */
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** 职能部门: a functional department that receives orders; its 分管领导 is told when it is late. */
@Entity('departments')
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') code!: string;
  @Column({ name: 'leader_user_id', type: 'uuid', nullable: true }) leaderUserId!: string | null;
  /** Retired (false): kept for the orders and assessments that refer to it, never deleted. */
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

export const ENTERPRISE_TIERS = ['leader', 'core', 'member'] as const;
export type EnterpriseTier = (typeof ENTERPRISE_TIERS)[number];

/** An enterprise of a chain: 链主 (leader), core or member ("1+1+X+N"). */
@Entity('enterprises')
export class EnterpriseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column({ name: 'chain_id', type: 'uuid' }) chainId!: string;
  @Column('text') tier!: EnterpriseTier;
  @Column('text', { nullable: true }) address!: string | null;
  /** WGS 84, for the Open311 facade's lat/long; null when not given. */
  @Column('double precision', { nullable: true }) latitude!: number | null;
  @Column('double precision', { nullable: true }) longitude!: number | null;
  /** Retired (false): kept for the orders and assessments that refer to it, never deleted. */
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') username!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column('text') role!: Role;
  @Column({ name: 'display_name', type: 'text', nullable: true }) displayName!: string | null;
  @Column({ name: 'chain_id', type: 'uuid', nullable: true }) chainId!: string | null;
  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true }) enterpriseId!: string | null;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  /** Carried by every token; raised when a token issued before must stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 }) tokenVersion!: number;
  /** A one-time password (an administrator's reset, an import): changed before anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false }) mustChangePassword!: boolean;
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true }) passwordChangedAt!: Date | null;
  /** Retired (false): kept for the orders and assessments that refer to it, never deleted. */
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
