import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { AdminAudit, type AuditActor } from '@whistle/organisation';
import { DateTime, Duration } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { type DeadlineSpec, SLA_STAGES, type SlaPolicyEntity as SlaPolicy, SlaPolicyEntity, type SlaStage } from './sla-policy.entity.js';
import { CALENDAR_CACHE_MS, WorkingCalendarService } from './working-calendar.service.js';
import type { WorkingDays } from './working-days.js';

export interface SlaPolicyInput {
  category?: string | null;
  priority?: string | null;
  /** As validated: each stage has a duration or working days (both is refused here). */
  deadlines: Partial<Record<SlaStage, { duration?: string; workingDays?: number }>>;
  note?: string | null;
}

/** Where a stage's deadline came from: a policy's id, or the environment. */
export interface ResolvedDeadline {
  spec: DeadlineSpec;
  policyId: string | null;
}

/**
 * The deadlines in force for one category and priority, ready for synchronous arithmetic
 * inside a transaction.
 */
export class SlaClock {
  constructor(
    readonly stages: Record<SlaStage, ResolvedDeadline>,
    private readonly days: WorkingDays,
    private readonly zone: string,
  ) {}

  /** When `stage` is due if its clock starts at `from`. */
  due(stage: SlaStage, from: Date): Date {
    const { spec } = this.stages[stage];
    if ('workingDays' in spec) return this.days.addWorkingDays(from, spec.workingDays, this.zone);
    return DateTime.fromJSDate(from, { zone: this.zone }).plus(Duration.fromISO(spec.duration)).toJSDate();
  }
}

/** SLA policies in the database, over the SLA_* defaults of the environment. */
@Injectable()
export class SlaPoliciesService {
  private cached: { policies: SlaPolicy[]; at: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: WorkingCalendarService,
    private readonly config: AppConfig,
    private readonly audit: AdminAudit,
  ) {}

  /**
   * The deadlines for a ticket of `category` and `priority` (null before dispatch). Inside a
   * transaction pass its manager (see WorkingCalendarService.current).
   */
  async clockFor(category: string, priority: string | null, manager: EntityManager = this.dataSource.manager): Promise<SlaClock> {
    const policies = await this.policies(manager);
    // Most specific first: category and priority, category, priority, neither.
    const candidates = [
      policies.find((p) => p.category === category && p.priority === priority && priority !== null),
      policies.find((p) => p.category === category && p.priority === null),
      policies.find((p) => p.category === null && p.priority === priority && priority !== null),
      policies.find((p) => p.category === null && p.priority === null),
    ].filter((p): p is SlaPolicy => p !== undefined);
    const stages = Object.fromEntries(
      SLA_STAGES.map((stage) => {
        const policy = candidates.find((p) => p.deadlines[stage] !== undefined);
        const resolved: ResolvedDeadline = policy
          ? { spec: policy.deadlines[stage]!, policyId: policy.id }
          : { spec: { duration: this.config.sla[stage].toISO()! }, policyId: null };
        return [stage, resolved];
      }),
    ) as Record<SlaStage, ResolvedDeadline>;
    return new SlaClock(stages, await this.calendar.current(manager), this.config.sla.timezone);
  }

  list(manager: EntityManager = this.dataSource.manager): Promise<SlaPolicy[]> {
    return manager.find(SlaPolicyEntity, { order: { category: 'ASC', priority: 'ASC', createdAt: 'ASC' } });
  }

  /** Each change is recorded in the administrators' audit trail, in its own transaction. */
  async create(input: SlaPolicyInput, actor: AuditActor | null): Promise<SlaPolicy> {
    const fields = policyFields(input);
    const now = new Date();
    return this.write(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(SlaPolicyEntity, { ...fields, createdAt: now, updatedAt: now });
        await this.audit.record(manager, actor, { entity: 'sla_policy', entityId: saved.id, action: 'created', before: null, after: policySnapshot(saved) });
        return saved;
      }),
    );
  }

  async replace(id: string, input: SlaPolicyInput, actor: AuditActor | null): Promise<SlaPolicy> {
    const fields = policyFields(input);
    return this.write(() =>
      this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOne(SlaPolicyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!existing) throw new NotFoundError('SLA policy');
        const saved = await manager.save(SlaPolicyEntity, { ...existing, ...fields, updatedAt: new Date() });
        await this.audit.record(manager, actor, { entity: 'sla_policy', entityId: id, action: 'updated', before: policySnapshot(existing), after: policySnapshot(saved) });
        return saved;
      }),
    );
  }

  /** A policy is only a setting: it may be deleted (tickets keep the deadlines it gave them); the audit keeps what it was. */
  async remove(id: string, actor: AuditActor | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(SlaPolicyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) throw new NotFoundError('SLA policy');
      await manager.delete(SlaPolicyEntity, { id });
      await this.audit.record(manager, actor, { entity: 'sla_policy', entityId: id, action: 'deleted', before: policySnapshot(existing), after: null });
    });
    this.cached = null;
  }

  private async policies(manager: EntityManager): Promise<SlaPolicy[]> {
    if (!this.cached || Date.now() - this.cached.at > CALENDAR_CACHE_MS) {
      this.cached = { policies: await this.list(manager), at: Date.now() };
    }
    return this.cached.policies;
  }

  private async write(save: () => Promise<SlaPolicy>): Promise<SlaPolicy> {
    try {
      return await save();
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new ConflictError('a policy for this category and priority exists already; change that one');
      }
      throw error;
    } finally {
      this.cached = null;
    }
  }
}

function policySnapshot(policy: SlaPolicy): object {
  const { createdAt: _c, updatedAt: _u, ...rest } = policy as SlaPolicy & { createdAt?: Date; updatedAt?: Date };
  return rest;
}

/** The stored fields of a policy: at least one stage, each either a duration or working days, no undefined keys. */
function policyFields(input: SlaPolicyInput): Pick<SlaPolicy, 'category' | 'priority' | 'deadlines' | 'note'> {
  const stages = Object.entries(input.deadlines).filter(([, spec]) => spec !== undefined);
  if (stages.length === 0) throw new InvalidInputError('deadlines', `must set at least one of ${SLA_STAGES.join(', ')}`);
  const clean: Partial<Record<SlaStage, DeadlineSpec>> = {};
  for (const [stage, spec] of stages) {
    const { duration, workingDays } = spec as { duration?: string; workingDays?: number };
    if (duration !== undefined && workingDays !== undefined) {
      throw new InvalidInputError(`deadlines.${stage}`, 'give either duration or workingDays, not both');
    }
    clean[stage as SlaStage] = duration !== undefined ? { duration } : { workingDays: workingDays! };
  }
  return { category: input.category ?? null, priority: input.priority ?? null, deadlines: clean, note: input.note ?? null };
}
