import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CATEGORIES, nullableEnum, PRIORITIES } from '@whistle/common';
import { Duration } from 'luxon';


const IsPositiveIsoDuration = () =>
  ValidateBy({
    name: 'isPositiveIsoDuration',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && Duration.fromISO(value).isValid && Duration.fromISO(value).toMillis() > 0,
      defaultMessage: (args) => `${args?.property} must be a positive ISO 8601 duration such as P1M, P15D or PT2H`,
    },
  });

/** One deadline: `{duration: "P15D"}` (calendar time) or `{workingDays: 15}` (Chinese working days). */
export class DeadlineSpecDto {
  @ApiPropertyOptional({ example: 'P15D', description: 'Calendar time, ISO 8601; give this or workingDays' })
  @ValidateIf((spec: DeadlineSpecDto) => spec.workingDays === undefined)
  @IsPositiveIsoDuration()
  duration?: string;

  @ApiPropertyOptional({ example: 15, minimum: 1, maximum: 366, description: 'Working days, public holidays and 调休 observed; the start day is not counted' })
  @ValidateIf((spec: DeadlineSpecDto) => spec.duration === undefined)
  @IsInt() @Min(1) @Max(366)
  workingDays?: number;
}

export class PolicyDeadlinesDto {
  @ApiPropertyOptional({ type: DeadlineSpecDto, description: 'placed → dispatched' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeadlineSpecDto)
  dispatch?: DeadlineSpecDto;

  @ApiPropertyOptional({ type: DeadlineSpecDto, description: 'dispatched → accepted' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeadlineSpecDto)
  accept?: DeadlineSpecDto;

  @ApiPropertyOptional({ type: DeadlineSpecDto, description: 'first dispatch → feedback' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeadlineSpecDto)
  feedback?: DeadlineSpecDto;

  @ApiPropertyOptional({ type: DeadlineSpecDto, description: 'unsatisfied rating → new feedback' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeadlineSpecDto)
  rectify?: DeadlineSpecDto;

  @ApiPropertyOptional({ type: DeadlineSpecDto, description: 'feedback → rating' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeadlineSpecDto)
  rate?: DeadlineSpecDto;

  @ApiPropertyOptional({ type: DeadlineSpecDto, description: 'dispatch → an assisting department’s contribution (协办意见)' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DeadlineSpecDto)
  assist?: DeadlineSpecDto;
}

export class SlaPolicyDto {
  @ApiPropertyOptional(nullableEnum(CATEGORIES, { description: 'Omitted or null: any category' }))
  @IsOptional() @IsIn(CATEGORIES)
  category?: string | null;

  @ApiPropertyOptional(nullableEnum(PRIORITIES, { description: 'Omitted or null: any priority' }))
  @IsOptional() @IsIn(PRIORITIES)
  priority?: string | null;

  @ApiProperty({ type: PolicyDeadlinesDto, description: 'The stages this policy sets; the others fall through to less specific policies and SLA_*' })
  @IsObject() @ValidateNested() @Type(() => PolicyDeadlinesDto)
  deadlines!: PolicyDeadlinesDto;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional() @IsString() @MaxLength(500)
  note?: string | null;
}

export class SlaPolicyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: String, nullable: true }) priority!: string | null;
  @ApiProperty({ type: PolicyDeadlinesDto }) deadlines!: PolicyDeadlinesDto;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CalendarDayDto {
  @ApiProperty({ example: '2027-02-06' })
  @IsISO8601({ strict: true }) @MaxLength(10, { message: 'date must be a date such as 2027-02-06' })
  date!: string;

  @ApiProperty({ enum: ['workday', 'holiday'], description: 'holiday: no work that day; workday: a make-up working day (调休)' })
  @IsIn(['workday', 'holiday'])
  kind!: 'workday' | 'holiday';

  @ApiPropertyOptional({ example: '春节', maxLength: 50 })
  @IsOptional() @IsString() @MaxLength(50)
  name?: string;
}

export class CalendarYearDto {
  @ApiProperty({ type: [CalendarDayDto], description: 'Replaces every override of the year; [] removes them' })
  @IsArray() @ArrayMaxSize(366) @ValidateNested({ each: true }) @Type(() => CalendarDayDto)
  days!: CalendarDayDto[];
}

export class SpecialDayView {
  @ApiProperty() date!: string;
  @ApiProperty({ enum: ['workday', 'holiday'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: ['official', 'override'] }) source!: string;
}

export class CalendarYearView {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'Whether the official arrangements of the year are known (chinese-days); if not, only weekends and overrides count' })
  official!: boolean;
  @ApiProperty({ type: [SpecialDayView], description: 'Holidays and make-up working days; every other Monday-Friday is a working day' })
  days!: SpecialDayView[];
}
