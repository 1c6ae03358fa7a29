import { Injectable } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { DateTime, type Duration } from 'luxon';

/**
 * Calendar arithmetic in SLA_TIMEZONE: P1M from 31 January is the end of February, and a
 * day is a calendar day across daylight-saving changes.
 */
@Injectable()
export class SlaCalendar {
  constructor(private readonly config: AppConfig) {}

  add(from: Date, duration: Duration): Date {
    return DateTime.fromJSDate(from, { zone: this.config.sla.timezone }).plus(duration).toJSDate();
  }

  subtract(from: Date, duration: Duration): Date {
    return DateTime.fromJSDate(from, { zone: this.config.sla.timezone }).minus(duration).toJSDate();
  }
}
