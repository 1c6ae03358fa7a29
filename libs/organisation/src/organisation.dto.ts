import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '@whistle/common';
import { ENTERPRISE_TIERS, type EnterpriseTier } from './organisation.entity.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const CODE_MESSAGE = 'code must be 1-32 letters, digits, _ or -, starting with a letter or digit';

export class CreateChainDto {
  @ApiProperty({ example: '医药化工产业链', description: 'Name of the industrial chain' })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'PHARMA', description: 'Short unique code, used in ticket codes' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;
}

export class CreateDepartmentDto {
  @ApiProperty({ example: '区财政局', description: 'Name of the functional department' })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'FIN', description: 'Short unique code' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The leader in charge (分管领导): a user with role "leader"' })
  @IsOptional() @IsUUID()
  leaderUserId?: string;
}

export class CreateEnterpriseDto {
  @ApiProperty({ example: '湖南某制药有限公司' })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'The chain the enterprise belongs to' })
  @IsUUID()
  chainId!: string;

  @ApiProperty({ enum: ENTERPRISE_TIERS, description: '1+1+X+N: chain leader, core or member enterprise' })
  @IsIn(ENTERPRISE_TIERS)
  tier!: EnterpriseTier;

  @ApiPropertyOptional({ example: '常德市经开区德山大道 1 号', description: 'Where the enterprise is (shown to the departments that visit it)' })
  @IsOptional() @IsString() @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ example: 29.0316, minimum: -90, maximum: 90, description: 'Where it is on the map (WGS 84), for Open311’s lat' })
  @IsOptional() @IsNumber({}, { message: 'latitude must be a number' }) @Min(-90) @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ example: 111.6985, minimum: -180, maximum: 180, description: 'Open311’s long' })
  @IsOptional() @IsNumber({}, { message: 'longitude must be a number' }) @Min(-180) @Max(180)
  longitude?: number;
}

export class CreateUserDto {
  @ApiProperty({ example: 'pharma.dispatch', description: '3-64 letters, digits or _ . @ -' })
  @Matches(/^[A-Za-z0-9_.@-]{3,64}$/, { message: 'username must be 3-64 letters, digits or _ . @ -' })
  username!: string;

  @ApiProperty({ minLength: 8, maxLength: 128, writeOnly: true, description: 'At least PASSWORD_MIN_LENGTH (8) characters, and not one of the most common passwords' })
  @IsString() @MinLength(1) @MaxLength(128)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: '张科长' })
  @IsOptional() @IsString() @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for commissioner and dispatcher; optional for supervisor' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for enterprise' })
  @IsOptional() @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for department' })
  @IsOptional() @IsUUID()
  departmentId?: string;
}

const ACTIVE = 'false retires it: it stays in every order, ledger and assessment that names it, but no longer appears in pick lists';

export class UpdateChainDto {
  @ApiPropertyOptional({ example: '医药化工产业链' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'PHARMA', description: 'New tickets take the new code; existing ticket codes keep theirs' })
  @IsOptional() @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ description: ACTIVE })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class UpdateDepartmentDto {
  @ApiPropertyOptional({ example: '区财政局' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'FIN' })
  @IsOptional() @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The new leader in charge (an active leader user), or null for none: the department’s open orders move to the new leader; closed ones keep the leader of their time',
  })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID()
  leaderUserId?: string | null;

  @ApiPropertyOptional({ description: ACTIVE })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class UpdateEnterpriseDto {
  @ApiPropertyOptional({ example: '湖南某制药有限公司' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Moves the enterprise, and its users, to another chain: its new orders go to that chain; orders already placed stay with the chain whose committee holds them' })
  @IsOptional() @IsUUID()
  chainId?: string;

  @ApiPropertyOptional({ enum: ENTERPRISE_TIERS })
  @IsOptional() @IsIn(ENTERPRISE_TIERS)
  tier?: EnterpriseTier;

  @ApiPropertyOptional({ type: String, nullable: true, example: '常德市经开区德山大道 1 号' })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -90, maximum: 90 })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsNumber({}, { message: 'latitude must be a number' }) @Min(-90) @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -180, maximum: 180 })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsNumber({}, { message: 'longitude must be a number' }) @Min(-180) @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({ description: ACTIVE })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '张科长' })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(200)
  displayName?: string | null;

  @ApiPropertyOptional({ enum: ROLES, description: 'A new role ends every session of the user; bindings the new role does not use are cleared' })
  @IsOptional() @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID()
  chainId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID()
  enterpriseId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional() @ValidateIf((_, value) => value !== null) @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ description: 'false: the user can no longer log in, every token stops working at once, and no notice reaches them' })
  @IsOptional() @IsBoolean()
  active?: boolean;
}

export class ChainView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class DepartmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leaderUserId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class EnterpriseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) chainId!: string;
  @ApiProperty({ enum: ENTERPRISE_TIERS }) tier!: EnterpriseTier;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude!: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude!: number | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

/** A user as others may see it: never the password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ nullable: true, type: String }) displayName!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) chainId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enterpriseId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) departmentId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'The password is a one-time one (a reset): the user must change it before anything else' }) mustChangePassword!: boolean;
  @ApiProperty({ type: Date, nullable: true, description: 'Locked after repeated failed logins until then (POST /api/users/{id}/unlock lifts it)' })
  lockedUntil!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class OneTimePasswordView {
  @ApiProperty({ example: 'k7Qm-2xPa-9vRt', description: 'Shown once: give it to the user, who must change it at the next login' })
  oneTimePassword!: string;
}
