import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES, type Category, nullableEnum, PRIORITIES, type Priority } from '@whistle/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const CODE_MESSAGE = 'code must be 1-32 letters, digits, _ . or -, starting with a letter or digit';

export class CreateCatalogueItemDto {
  @ApiProperty({ example: 'FIN-01', description: 'Unique, never changed (orders name it)' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: '融资对接', maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Financing match-making', maxLength: 200 })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  nameEn?: string;

  @ApiProperty({ enum: CATEGORIES, description: 'The category an order from this item takes (its SLA policy follows it)' })
  @IsIn(CATEGORIES)
  category!: Category;

  @ApiPropertyOptional({ example: '对接银行、担保机构，解决流动资金和项目贷款需求', maxLength: 2000 })
  @IsOptional() @IsString() @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this chain’s enterprises see it; absent: every chain' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The department the committee’s dispatch form starts from' })
  @IsOptional() @IsUUID()
  defaultDepartmentId?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, description: 'The priority the dispatch form starts from' })
  @IsOptional() @IsIn(PRIORITIES)
  defaultPriority?: Priority;

  @ApiPropertyOptional({ description: 'Where it stands in the published list (then by code)', minimum: 0, maximum: 10000 })
  @IsOptional() @IsInt() @Min(0) @Max(10000)
  sortOrder?: number;
}

export class UpdateCatalogueItemDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MinLength(1) @MaxLength(200)
  nameEn?: string | null;

  @ApiPropertyOptional({ enum: CATEGORIES, description: 'Orders already placed keep their category' })
  @IsOptional() @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null: every chain' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID()
  chainId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID()
  defaultDepartmentId?: string | null;

  @ApiPropertyOptional(nullableEnum(PRIORITIES))
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsIn(PRIORITIES)
  defaultPriority?: Priority | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000 })
  @IsOptional() @IsInt() @Min(0) @Max(10000)
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'true: no new order may name it (the orders that do keep it); false: offered again' })
  @IsOptional() @IsBoolean()
  retired?: boolean;
}

export class CatalogueQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The items a chain’s enterprises may order: that chain’s and every chain’s' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Retired items too (default false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeRetired must be true or false' })
  includeRetired?: boolean;
}

export class CatalogueItemView {
  @ApiProperty({ example: 'FIN-01' }) code!: string;
  @ApiProperty({ example: '融资对接' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) nameEn!: string | null;
  @ApiProperty({ enum: CATEGORIES }) category!: Category;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: every chain' }) chainId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) defaultDepartmentId!: string | null;
  @ApiProperty(nullableEnum(PRIORITIES)) defaultPriority!: Priority | null;
  @ApiProperty() sortOrder!: number;
  @ApiProperty() retired!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
