import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError } from '@whistle/common';
import { AdminAudit, type AuditActor } from '@whistle/organisation';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarDayEntity } from './calendar-day.entity.js';
import { type DayKind, type SpecialDay, WorkingDays } from './working-days.js';

/** How long a process trusts its copy of the overrides; another process's change shows within this. */
export const CALENDAR_CACHE_MS = 10_000;

export interface YearCalendar {
  year: number;
  /** Whether the official arrangements of the year are known (chinese-days); if not, only weekends and overrides count. */
  official: boolean;
  days: SpecialDay[];
}

/** The working calendar in force: the official one with the administrators' overrides. */
@Injectable()
export class WorkingCalendarService {
  private cached: { days: WorkingDays; at: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AdminAudit,
  ) {}

  /**
   * Inside a transaction pass its manager: the embedded database has one session, and a second
   * connection waiting for it while the transaction waits for that connection would deadlock.
   */
  async current(manager: EntityManager = this.dataSource.manager): Promise<WorkingDays> {
    if (!this.cached || Date.now() - this.cached.at > CALENDAR_CACHE_MS) {
      const rows = await manager.find(CalendarDayEntity);
      this.cached = { days: new WorkingDays(new Map(rows.map((row) => [row.date, { kind: row.kind, name: row.name }]))), at: Date.now() };
    }
    return this.cached.days;
  }

  async year(year: number): Promise<YearCalendar> {
    return { year, official: WorkingDays.hasOfficialYear(year), days: (await this.current()).specialDays(year) };
  }

  /** Replaces the overrides of `year` (an empty list removes them), recorded in the administrators' audit trail. */
  async replaceYear(year: number, days: { date: string; kind: DayKind; name?: string | null }[], actor: AuditActor | null): Promise<YearCalendar> {
    const seen = new Set<string>();
    for (const [index, day] of days.entries()) {
      if (!day.date.startsWith(`${year}-`)) throw new InvalidInputError(`days.${index}.date`, `must be a date in ${year}`);
      if (seen.has(day.date)) throw new InvalidInputError(`days.${index}.date`, `${day.date} is listed twice`);
      seen.add(day.date);
    }
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const before = (await manager.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_days WHERE date >= $1 AND date <= $2 ORDER BY date`, [
        `${year}-01-01`,
        `${year}-12-31`,
      ])) as { date: string; kind: DayKind; name: string | null }[];
      await manager
        .createQueryBuilder()
        .delete()
        .from(CalendarDayEntity)
        .where(`date >= :from AND date <= :to`, { from: `${year}-01-01`, to: `${year}-12-31` })
        .execute();
      if (days.length > 0) {
        await manager.insert(
          CalendarDayEntity,
          days.map((day) => ({ date: day.date, kind: day.kind, name: day.name ?? null, updatedAt: now })),
        );
      }
      const after = [...days].sort((a, b) => a.date.localeCompare(b.date)).map((day) => ({ date: day.date, kind: day.kind, name: day.name ?? null }));
      await this.audit.record(manager, actor, { entity: 'calendar', entityId: String(year), action: 'replaced', before: { days: before }, after: { days: after } });
    });
    this.cached = null;
    return this.year(year);
  }
}
