import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

export class ReportQuery {
  @ApiPropertyOptional({ description: 'Start, inclusive: a date (midnight in SLA_TIMEZONE) or a date-time', example: '2026-10-01' })
  @IsOptional() @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'End, exclusive', example: '2026-11-01' })
  @IsOptional() @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One chain; chain-bound roles always see their own' })
  @IsOptional() @IsUUID()
  chainId?: string;
}

export class AgendaQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ description: 'Unsatisfied ratings given since (default: 15 days ago, the half-month)', example: '2026-11-01' })
  @IsOptional() @IsISO8601()
  since?: string;
}

export const LEDGERS = ['demand', 'problem'] as const;
export type Ledger = (typeof LEDGERS)[number];

export class LedgerQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The chain; chain-bound roles always get their own' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional() @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx' = 'csv';

  @ApiPropertyOptional({ description: 'Orders placed from (inclusive)' })
  @IsOptional() @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Orders placed before (exclusive)' })
  @IsOptional() @IsISO8601()
  to?: string;
}

export class EscalationCounts {
  @ApiProperty() level1!: number;
  @ApiProperty() level2!: number;
  @ApiProperty() level3!: number;
}

/** Rates are percentages (0-100, two decimals); null when nothing was there to count. */
export class DepartmentScore {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Dispatches to the department in the period (a re-dispatch counts again)' }) received!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty({ description: 'Accepted by the accept deadline (SLA_ACCEPT)' }) acceptedOnTime!: number;
  @ApiProperty({ type: Number, nullable: true, description: '响应率: accepted on time / received' }) responseRate!: number | null;
  @ApiProperty({ description: 'Feedback given, or its deadline missed' }) feedbackDue!: number;
  @ApiProperty() feedbackOnTime!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'On-time dual feedback: first feedback on time / feedback due' })
  onTimeFeedbackRate!: number | null;
  @ApiProperty() feedbackGiven!: number;
  @ApiProperty({ description: 'First feedback "resolved" and never rated unsatisfied' }) resolved!: number;
  @ApiProperty({ type: Number, nullable: true, description: '解决率: resolved / feedback given' }) resolutionRate!: number | null;
  @ApiProperty() ratings!: number;
  @ApiProperty({ description: 'Ratings of 4 or 5' }) satisfied!: number;
  @ApiProperty({ type: Number, nullable: true, description: '满意率: ratings ≥ 4 / ratings' }) satisfactionRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanRating!: number | null;
  @ApiProperty({ description: 'Orders the department sent back (退单)' }) returns!: number;
  @ApiProperty({ type: EscalationCounts }) escalations!: EscalationCounts;
  @ApiProperty({ description: '协办: parts asked of the department as an assisting department in the period (a part a return ended is not counted)' })
  assists!: number;
  @ApiProperty({ description: 'Parts given, or whose deadline (SLA_ASSIST) passed undeclined' }) assistsDue!: number;
  @ApiProperty({ description: 'Parts given by their deadline' }) assistsOnTime!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'On-time assist rate: given on time / due; not part of the composite' })
  onTimeAssistRate!: number | null;
  @ApiProperty({ description: 'Parts the department declined (with a coded reason)' }) assistDeclines!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean result of the closed evaluations (测评会) overlapping the period' })
  evaluationScore!: number | null;
  @ApiProperty() evaluations!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Weighted mean of the components that exist (SCORE_WEIGHTS)' })
  composite!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '1 = best; null without a composite' }) rank!: number | null;
}

export class DepartmentScoreboard {
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty({ type: String, nullable: true }) chainId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'The composite’s weights', example: { response: 25, resolution: 25, satisfaction: 25, evaluation: 25 } })
  weights!: Record<string, number>;
  @ApiProperty({ type: [DepartmentScore] }) departments!: DepartmentScore[];
}

export class ChainReport {
  @ApiProperty({ format: 'uuid' }) chainId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Orders placed in the period' }) tickets!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { financing: 3, hiring: 1 } }) byCategory!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { closed: 2, in_progress: 2 } }) byState!: Record<string, number>;
  @ApiProperty({ description: 'Closed with the last feedback "resolved"' }) solved!: number;
  @ApiProperty({ description: 'Open and past their current deadline' }) overdue!: number;
  @ApiProperty() open!: number;
}

/** One line of the board by service catalogue item (or the orders of "other" kinds, `serviceCode: null`). */
export class ServiceReport {
  @ApiProperty({ type: String, nullable: true, example: 'FIN-01', description: 'null: orders placed without a catalogue item' }) serviceCode!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '融资对接' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty({ description: 'Orders placed in the period' }) tickets!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ description: 'Closed with the last feedback "resolved"' }) solved!: number;
  @ApiProperty({ description: 'Open and past their current deadline' }) overdue!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of dual feedbacks given on time, 0–1; null without any' }) onTimeFeedbackRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean rating (1–5); null without any' }) averageRating!: number | null;
}

export class AgendaItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() state!: string;
  @ApiProperty() enterprise!: string;
  @ApiProperty({ type: String, nullable: true }) department!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() escalationLevel!: number;
  @ApiProperty() returnCount!: number;
  @ApiProperty({ type: String, nullable: true }) feedbackBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it is on the agenda, e.g. the rating or the requested date' })
  detail!: string | null;
}

/** The half-monthly meeting's agenda (半月一碰头). Each list holds at most 200 items, oldest first. */
export class Agenda {
  @ApiProperty({ type: String, nullable: true }) chainId!: string | null;
  @ApiProperty() since!: string;
  @ApiProperty({ type: [AgendaItem] }) overdue!: AgendaItem[];
  @ApiProperty({ type: [AgendaItem] }) escalated!: AgendaItem[];
  @ApiProperty({ type: [AgendaItem], description: 'Returned (退单) twice or more and still open: 踢皮球' }) returnedMoreThanOnce!: AgendaItem[];
  @ApiProperty({ type: [AgendaItem], description: 'Rated 1 or 2 since `since`' }) ratedUnsatisfied!: AgendaItem[];
  @ApiProperty({ type: [AgendaItem] }) extensionsPending!: AgendaItem[];
  @ApiProperty({ type: [AgendaItem], description: 'Waiting for the enterprise’s information' }) awaitingInfo!: AgendaItem[];
}

export class ThemesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One chain; chain-bound roles always see their own' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'The month, in SLA_TIMEZONE; the current one by default' })
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month such as 2026-11' })
  month?: string;
}

export class RepeatedProblem {
  @ApiProperty({ format: 'uuid', description: 'The first order of the problem: the others are linked to it' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'in_progress' }) state!: string;
  @ApiProperty({ type: String, nullable: true }) serviceCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The department that handled the first order' }) departmentId!: string | null;
  @ApiProperty({ description: 'Orders linked to it as repeats placed in the month' }) repeatsInMonth!: number;
  @ApiProperty({ description: 'Orders linked to it as repeats, ever' }) repeats!: number;
  @ApiProperty({ description: 'Distinct enterprises among it and its repeats' }) enterprises!: number;
}

/** 每月一题: what the chain's enterprises raised most in a month, by catalogue item and by linked repeats. */
export class ThemesReport {
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ type: String, format: 'date-time' }) from!: Date;
  @ApiProperty({ type: String, format: 'date-time', description: 'Exclusive' }) to!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chainId!: string | null;
  @ApiProperty({ type: [ServiceReport], description: 'The ten catalogue items most ordered in the month (null: orders of no item)' }) services!: ServiceReport[];
  @ApiProperty({ type: [RepeatedProblem], description: 'The ten problems with the most repeats placed in the month' }) repeats!: RepeatedProblem[];
}
