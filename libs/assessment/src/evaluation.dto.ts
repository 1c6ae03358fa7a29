import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsArray,
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
import { AttachmentRefView } from '@whistle/files';
import { RECTIFICATION_STATES, type RectificationState } from '@whistle/workflows';

export class CreateEvaluationDto {
  @ApiProperty({ example: '2026年第四季度营商环境测评会', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The chain; a dispatcher’s own by default. Omitted by an administrator: all chains.' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiProperty({ example: '2026-10-01', description: 'First day of the period under review' })
  @IsISO8601({ strict: true }) @MaxLength(10, { message: 'periodFrom must be a date such as 2026-10-01' })
  periodFrom!: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day of the period under review' })
  @IsISO8601({ strict: true }) @MaxLength(10, { message: 'periodTo must be a date such as 2026-12-31' })
  periodTo!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The departments under review' })
  @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(200) @ArrayUnique()
  departmentIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Scorers: supervisors, and enterprise users invited by the committee' })
  @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique()
  scorerIds!: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Below it a department gets a rectification order (default EVALUATION_THRESHOLD)' })
  @IsOptional() @IsInt() @Min(0) @Max(100)
  threshold?: number;
}

export class ScoreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt() @Min(0) @Max(100)
  score!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @IsString() @MaxLength(2000)
  comment?: string;
}

export class ListEvaluationsQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional() @IsIn(['open', 'closed'])
  state?: 'open' | 'closed';
}

export class EvaluationDepartmentView {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Weighted result, set when the evaluation closes; null without scores' }) result!: number | null;
  @ApiProperty({ type: Number, nullable: true }) supervisorMean!: number | null;
  @ApiProperty({ type: Number, nullable: true }) enterpriseMean!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Scores counted' }) scores!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Scores not counted: the scorer was recused' }) recused!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) rectificationId!: string | null;
}

export class EvaluationScorerView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['supervisor', 'enterprise'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) enterpriseId!: string | null;
}

export class EvaluationScoreView {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ format: 'uuid' }) scorerId!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty() recused!: boolean;
  @ApiProperty({ type: String, nullable: true }) recusalReason!: string | null;
  @ApiProperty() scoredAt!: Date;
}

export class EvaluationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) chainId!: string | null;
  @ApiProperty() periodFrom!: string;
  @ApiProperty() periodTo!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) state!: string;
  @ApiProperty() threshold!: number;
  @ApiProperty({ type: 'object', properties: { supervisor: { type: 'number' }, enterprise: { type: 'number' } }, required: ['supervisor', 'enterprise'], example: { supervisor: 50, enterprise: 50 } })
  weights!: { supervisor: number; enterprise: number };
  @ApiProperty({ type: [EvaluationDepartmentView] }) departments!: EvaluationDepartmentView[];
  @ApiProperty({ type: [EvaluationScorerView] }) scorers!: EvaluationScorerView[];
  @ApiProperty({ type: [EvaluationScoreView], description: 'All scores for the committee; a scorer sees their own' }) scores!: EvaluationScoreView[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) closedAt!: Date | null;
}

export class ReportRectificationDto {
  @ApiProperty({ maxLength: 10000, description: 'What was corrected (整改报告)' })
  @IsString() @MinLength(1) @MaxLength(10000)
  report!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 20,
    description: 'Evidence (整改佐证): files the department attached to this rectification order (POST /api/rectifications/:id/attachments) that no report carried yet; the report names them with their hashes',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class SignOffDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class RejectRectificationDto {
  @ApiProperty({ maxLength: 2000, description: 'What is still missing' })
  @IsString() @MinLength(1) @MaxLength(2000)
  note!: string;
}

export class ListRectificationsQuery {
  @ApiPropertyOptional({ enum: RECTIFICATION_STATES })
  @IsOptional() @IsIn(RECTIFICATION_STATES)
  state?: RectificationState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  evaluationId?: string;
}

export class RectificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ZG-2026-000001' }) code!: string;
  @ApiProperty({ format: 'uuid' }) evaluationId!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) chainId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) leaderUserId!: string | null;
  @ApiProperty({ description: 'The evaluation result that caused it' }) score!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty({ enum: RECTIFICATION_STATES }) state!: RectificationState;
  @ApiProperty() dueBy!: Date;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() escalationLevel!: number;
  @ApiProperty() rejections!: number;
  @ApiProperty({ type: String, nullable: true }) report!: string | null;
  @ApiProperty({ type: Date, nullable: true }) reportedAt!: Date | null;
  @ApiProperty({ type: () => [AttachmentRefView], description: 'The evidence the (latest) report carried, with the hashes of its bytes' })
  reportAttachments!: AttachmentRefView[];
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ type: Date, nullable: true }) signedOffAt!: Date | null;
  @ApiProperty({ type: [String], description: 'What the caller may do now: report, sign-off, reject' }) availableActions!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}

/** A file attached to a rectification order (整改佐证). */
export class RectificationAttachmentView extends AttachmentRefView {
  @ApiProperty({ format: 'uuid' }) rectificationId!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: Date;
  @ApiProperty({ type: Number, nullable: true, description: 'The order’s version that the report carrying it gave it; null until a report does' })
  usedSeq!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'report', description: 'That action' }) usedAction!: string | null;
}
