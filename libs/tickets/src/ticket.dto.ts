import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ApiNullableProperty, nullableEnum, ROLES, SYSTEM } from '@whistle/common';
import { TICKET_STATES, type TicketState } from '@whistle/workflows';
import { AttachmentRefView } from '@whistle/files';
import {
  CATEGORIES,
  type Category,
  FEEDBACK_RESULTS,
  type FeedbackResult,
  PRIORITIES,
  type Priority,
  RETURN_REASONS,
  type ReturnReason,
  ASSIST_DECLINE_REASONS,
  type AssistDeclineReason,
} from './ticket.entity.js';
import { ASSIST_STATES, type AssistState } from '@whistle/workflows';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray } from 'class-validator';
import { DEADLINE_STAGES, type DeadlineStage, TICKET_SORTS, type TicketSort } from './ticket.queues.js';
import { IsWindow } from './ticket.queues.dto.js';

const NOTE = { description: 'A free-text note for the timeline', maxLength: 2000 };

export class CreateTicketDto {
  @ApiProperty({ example: '流动资金贷款需求', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '企业扩产需流动资金500万元,希望对接银行。', maxLength: 5000 })
  @IsString() @MinLength(1) @MaxLength(5000)
  description!: string;

  @ApiPropertyOptional({ example: 'FIN-01', description: 'The item of the service catalogue (服务清单) ordered: the category then comes from it. Without it, `category` is required (an order of "other" kinds)' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(32)
  serviceCode?: string;

  @ApiPropertyOptional({ enum: CATEGORIES, description: 'Required without `serviceCode`; with it, must be the item’s or absent' })
  @IsOptional() @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for a commissioner (an enterprise of its chain); an enterprise user may omit it' })
  @IsOptional() @IsUUID()
  enterpriseId?: string;
}

export class DispatchTicketDto {
  @ApiProperty({ format: 'uuid', description: 'The responsible department (责任部门)' })
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ enum: PRIORITIES, description: 'Urgency and importance (轻重缓急)' })
  @IsIn(PRIORITIES)
  priority!: Priority;

  @ApiPropertyOptional({ enum: CATEGORIES, description: 'Re-categorise (分门别类) while dispatching' })
  @IsOptional() @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ format: 'uuid', description: 'The leader in charge (分管领导); defaults to the department’s' })
  @IsOptional() @IsUUID()
  leaderUserId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Overrides the feedback deadline (default: first dispatch + SLA_FEEDBACK)' })
  @IsOptional() @IsISO8601({ strict: true })
  feedbackBy?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 10,
    description: 'Assisting departments (协办), besides the lead: each gives its contribution by SLA_ASSIST; the lead’s feedback waits for them',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true })
  assistingDepartmentIds?: string[];

  @ApiPropertyOptional(NOTE)
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class NoteDto {
  @ApiPropertyOptional(NOTE)
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

/** `attachmentIds` of an action's body: files uploaded to the order first (POST /api/tickets/:id/attachments). */
const ATTACHMENT_IDS: ApiPropertyOptions = {
  type: [String],
  format: 'uuid',
  maxItems: 20,
  description: 'Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes',
};

export class ReturnTicketDto {
  @ApiProperty({ enum: RETURN_REASONS, description: 'Why the department is not responsible (退单)' })
  @IsIn(RETURN_REASONS)
  reason!: ReturnReason;

  @ApiProperty({ ...NOTE, minLength: 1 })
  @IsString() @MinLength(1) @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class FeedbackDto {
  @ApiProperty({ enum: FEEDBACK_RESULTS })
  @IsIn(FEEDBACK_RESULTS)
  result!: FeedbackResult;

  @ApiProperty({ description: 'What was done, sent to both the committee and the enterprise (双反馈)', maxLength: 10000 })
  @IsString() @MinLength(1) @MaxLength(10000)
  content!: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class RateDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: '3 or more closes the ticket; 2 or less sends it back for rectification (整改)' })
  @IsInt() @Min(1) @Max(5)
  score!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class WithdrawDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;
}

export class RequestExtensionDto {
  @ApiProperty({ format: 'date-time', description: 'The new feedback deadline asked for; later than the current one' })
  @IsISO8601({ strict: true })
  until!: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;
}

export class DecideExtensionDto {
  @ApiProperty({ description: 'true moves the feedback deadline to the requested date' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional(NOTE)
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class AddAssistDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 10, description: 'Departments to assist the lead (协办), not yet asked in this dispatch' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsUUID('all', { each: true })
  departmentIds!: string[];

  @ApiPropertyOptional(NOTE)
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class AskAssistDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The department the lead would like to assist it, if it knows' })
  @IsOptional() @IsUUID()
  departmentId?: string;

  @ApiProperty({ maxLength: 2000, example: '需自然资源局出具用地意见', description: 'What the lead needs help with' })
  @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;
}

export class DeclineAssistDto {
  @ApiProperty({ enum: ASSIST_DECLINE_REASONS, description: 'Why the department declines its part' })
  @IsIn(ASSIST_DECLINE_REASONS)
  reason!: AssistDeclineReason;

  @ApiProperty({ ...NOTE, minLength: 1 })
  @IsString() @MinLength(1) @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class GiveAssistDto {
  @ApiProperty({ maxLength: 10000, example: '经核查,该地块符合用地规划,同意出具用地意见。', description: 'The contribution (协办意见), which the lead’s feedback shows' })
  @IsString() @MinLength(1) @MaxLength(10000)
  content!: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class RequestInfoDto {
  @ApiProperty({ maxLength: 2000, example: '请补充近三年财务报表' , description: 'What the department needs from the enterprise' })
  @IsString() @MinLength(1) @MaxLength(2000)
  question!: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class ProvideInfoDto {
  @ApiProperty({ maxLength: 5000, description: 'The enterprise’s answer' })
  @IsString() @MinLength(1) @MaxLength(5000)
  answer!: string;

  @ApiPropertyOptional(ATTACHMENT_IDS)
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const commaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);

export class ListTicketsQuery {
  @ApiPropertyOptional({ enum: TICKET_STATES })
  @IsOptional() @IsIn(TICKET_STATES)
  state?: TicketState;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() chainId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() enterpriseId?: string;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional() @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ type: String, example: 'placed,returned', description: 'Any of several states, comma-separated (a queue: `placed,returned` to dispatch)' })
  @IsOptional() @Transform(commaList) @IsArray() @ArrayMinSize(1, { message: 'states must name at least one state' }) @ArrayMaxSize(TICKET_STATES.length)
  @IsIn(TICKET_STATES, { each: true, message: `states must be comma-separated states among ${TICKET_STATES.join(', ')}` })
  states?: TicketState[];

  @ApiPropertyOptional({ type: Boolean, description: 'true: open tickets only (neither closed nor withdrawn); false: closed and withdrawn only' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: escalated (escalationLevel > 0, 督办); false: not escalated' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'escalated must be true or false' })
  escalated?: boolean;

  @ApiPropertyOptional({
    example: 'P3D',
    description: 'Due soon: open tickets whose current deadline (see `deadlines.current`) falls within this ISO 8601 duration from now and has not passed; paused tickets (awaiting_info) are left out',
  })
  @IsOptional() @IsWindow()
  dueWithin?: string;

  @ApiPropertyOptional({
    enum: TICKET_SORTS,
    default: 'created',
    description:
      '`created`: newest first; `deadline`: the current deadline soonest first (overdue first, closed last); ' +
      '`priority`: urgent, high, normal, low, undispatched, each by deadline; `escalation`: highest escalation level first, then by deadline',
  })
  @IsOptional() @IsIn(TICKET_SORTS)
  sort: TicketSort = 'created';

  @ApiPropertyOptional({
    enum: ['open', 'all'],
    description:
      'Orders with assisting parts (协办). For a department (and a leader, for its departments): the orders it assists, instead of those it leads; ' +
      '`open` only where its part is still owed. For the other roles: orders with any part (`open`: any part still owed)',
  })
  @IsOptional() @IsIn(['open', 'all'])
  assist?: 'open' | 'all';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize: number = 20;
}

export class DeadlinesView {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dispatchBy!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptBy!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While rectifying: the rectification deadline' })
  feedbackBy!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rateBy!: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The deadline running now (the one `sort=deadline` orders by); null once closed or withdrawn and while paused (awaiting_info)',
  })
  current!: Date | null;
  @ApiProperty(nullableEnum(DEADLINE_STAGES, { description: 'Whose deadline `current` is: dispatch, accept, feedback, rectify or rate' }))
  currentStage!: DeadlineStage | null;
}

export class AssistView {
  @ApiProperty({ format: 'uuid', description: 'The assisting department (协办部门)' }) departmentId!: string;
  @ApiProperty({ enum: ASSIST_STATES }) state!: AssistState;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Its contribution is due by then (SLA_ASSIST)' }) dueBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was given or declined' }) at!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The contribution (协办意见)' }) content!: string | null;
  @ApiProperty(nullableEnum(ASSIST_DECLINE_REASONS)) declineReason!: AssistDeclineReason | null;
  @ApiProperty({ type: String, nullable: true }) declineNote!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Given by its deadline; false when given late or the deadline passed first; null while open and not due, or declined' })
  onTime!: boolean | null;
}

export class FeedbackAssistView {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ enum: ASSIST_STATES }) state!: AssistState;
  @ApiProperty({ type: String, nullable: true }) content!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) onTime!: boolean | null;
}

export class FeedbackView {
  @ApiProperty({ enum: FEEDBACK_RESULTS }) result!: FeedbackResult;
  @ApiProperty() content!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'Given before the feedback deadline' }) onTime!: boolean;
  @ApiPropertyOptional({ type: [FeedbackAssistView], description: 'The assisting departments’ parts when the feedback was given' })
  assists?: FeedbackAssistView[];
  @ApiPropertyOptional({ type: () => [AttachmentRefView], description: 'The files the feedback carried (evidence)' })
  attachments?: AttachmentRefView[];
}

export class AttachmentView extends AttachmentRefView {
  @ApiProperty({ format: 'uuid' }) ticketId!: string;
  @ApiProperty({ description: 'The timeline event that names the upload' }) seq!: number;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ enum: ROLES }) uploadedRole!: string;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: Date;
  @ApiProperty({ type: Number, nullable: true, description: 'The timeline event of the action that carried it (a feedback, an answer, …); null until one does' })
  usedSeq!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'feedback', description: 'That action' }) usedAction!: string | null;
}

export class RatingView {
  @ApiProperty({ minimum: 1, maximum: 5 }) score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ExtensionRequestView {
  @ApiProperty({ format: 'date-time' }) until!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'uuid' }) requestedBy!: string;
}

export class InfoRequestView {
  @ApiProperty() question!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ format: 'uuid' }) requestedBy!: string;
}

export class LinkRepeatDto {
  @ApiProperty({ format: 'uuid', description: 'An earlier order of the same chain: this one is a repeat of it (or of the order it repeats)' })
  @IsUUID()
  ofTicketId!: string;
}

/** An earlier order as the repeat search shows it: enough to judge it without opening it. */
export class SimilarTicketSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'FOOD-2026-000003' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TICKET_STATES }) state!: string;
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ type: String, nullable: true }) serviceCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The department that handled it (the lead)' }) departmentId!: string | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5, description: 'How the enterprise rated it; null if not rated' }) rating!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'It is itself linked as a repeat of this order' }) repeatOf!: string | null;
}

export class SimilarTicketView {
  @ApiProperty({ type: SimilarTicketSummary }) ticket!: SimilarTicketSummary;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How alike: the cosine of the two orders’ terms weighed by rarity (1: the same)' }) score!: number;
}

export class TicketView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PHARMA-2026-000001' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: CATEGORIES }) category!: Category;
  @ApiProperty({ type: String, nullable: true, example: 'FIN-01', description: 'The service catalogue item ordered; null for an order of "other" kinds' }) serviceCode!: string | null;
  @ApiProperty(nullableEnum(PRIORITIES)) priority!: Priority | null;
  @ApiProperty({ enum: TICKET_STATES }) state!: TicketState;
  @ApiProperty({ format: 'uuid' }) enterpriseId!: string;
  @ApiProperty({ format: 'uuid' }) chainId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leaderUserId!: string | null;
  @ApiProperty({ type: DeadlinesView }) deadlines!: DeadlinesView;
  @ApiProperty({ description: 'The deadline of the current stage has passed' }) overdue!: boolean;
  @ApiProperty({ minimum: 0, maximum: 3 }) escalationLevel!: number;
  @ApiProperty() returnCount!: number;
  @ApiNullableProperty(FeedbackView) feedback!: FeedbackView | null;
  @ApiNullableProperty(RatingView) rating!: RatingView | null;
  @ApiNullableProperty(ExtensionRequestView, { description: 'A pending extension request (延期)' })
  extensionRequest!: ExtensionRequestView | null;
  @ApiNullableProperty(InfoRequestView, { description: 'An open request for information; the feedback clock is paused' })
  infoRequest!: InfoRequestView | null;
  @ApiProperty({ description: 'Seconds the clock stood still waiting for the enterprise, already added to the deadline' })
  pausedSeconds!: number;
  @ApiProperty({ type: [AssistView], description: 'The assisting departments’ parts of the current dispatch (协办)' })
  assists!: AssistView[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The earlier order the committee linked this one to as the same problem (每月一题); null if none' })
  repeatOf!: string | null;
  @ApiProperty({ type: [String], description: 'The actions the caller may take now' }) availableActions!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}

export class TicketPage {
  @ApiProperty({ type: [TicketView] }) items!: TicketView[];
  @ApiProperty({ description: 'how many tickets match: exact up to 10,000, beyond that PostgreSQL\'s estimate (see totalExact), which the same list reuses for 10 s' })
  total!: number;
  @ApiProperty({ description: 'false when total is an estimate (more than 10,000 tickets match)' })
  totalExact!: boolean;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class TicketEventView {
  @ApiProperty() seq!: number;
  @ApiProperty({ example: 'dispatched' }) type!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ enum: [...ROLES, SYSTEM] }) actorRole!: string;
  @ApiProperty(nullableEnum(TICKET_STATES)) fromState!: TicketState | null;
  @ApiProperty({ enum: TICKET_STATES }) toState!: TicketState;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What the action carried (note, reason, score…)' }) payload!: Record<string, unknown>;
  @ApiProperty() at!: Date;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The workflow event applied, e.g. `{"type":"RATE","score":5}`; null for `placed`',
  })
  event!: Record<string, unknown> | null;
  @ApiProperty({ description: 'SHA-256 of the previous event (64 zeros for the first)' }) prevHash!: string;
  @ApiProperty({ description: 'SHA-256 over prevHash and the canonical JSON (RFC 8785) of this event' }) hash!: string;
}

export class ChainReportView {
  @ApiProperty({ description: 'True when every check passed' }) intact!: boolean;
  @ApiProperty({ description: 'Events in the timeline' }) events!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The first event that fails the chain' }) brokenAt!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'event 3 was altered: its content no longer matches its hash' })
  reason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The last event’s hash, to quote elsewhere as an anchor' })
  headHash!: string | null;
}
