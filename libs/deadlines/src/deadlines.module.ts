import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@whistle/config';
import { OrganisationModule } from '@whistle/organisation';
import { redisConnection } from './redis-connection.js';
import { CalendarDayEntity } from './calendar-day.entity.js';
import { SlaCalendar } from './sla-calendar.js';
import { SlaPoliciesService } from './sla-policies.service.js';
import { SlaPolicyEntity } from './sla-policy.entity.js';
import { TimerEntity } from './timer.entity.js';
import { DEADLINES_QUEUE } from './timer.job.js';
import { TimerQueue } from './timer.queue.js';
import { TimersService } from './timers.service.js';
import { WorkingCalendarService } from './working-calendar.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([TimerEntity, SlaPolicyEntity, CalendarDayEntity]),
    // The administrators' audit trail records SLA policy and calendar changes.
    OrganisationModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.redis.prefix,
        connection: redisConnection(config, 'patient'),
      }),
    }),
    BullModule.registerQueue({ name: DEADLINES_QUEUE }),
  ],
  providers: [SlaCalendar, TimersService, TimerQueue, WorkingCalendarService, SlaPoliciesService],
  exports: [SlaCalendar, TimersService, TimerQueue, WorkingCalendarService, SlaPoliciesService, BullModule],
})
export class DeadlinesModule {}
