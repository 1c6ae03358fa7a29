import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
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
}

export class CreateUserDto {
  @ApiProperty({ example: 'pharma.dispatch', description: '3-64 letters, digits or _ . @ -' })
  @Matches(/^[A-Za-z0-9_.@-]{3,64}$/, { message: 'username must be 3-64 letters, digits or _ . @ -' })
  username!: string;

  @ApiProperty({ minLength: 8, maxLength: 128, writeOnly: true })
  @IsString() @MinLength(8) @MaxLength(128)
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

export class ChainView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty() createdAt!: Date;
}

export class DepartmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leaderUserId!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class EnterpriseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) chainId!: string;
  @ApiProperty({ enum: ENTERPRISE_TIERS }) tier!: EnterpriseTier;
  @ApiProperty() createdAt!: Date;
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
  @ApiProperty() createdAt!: Date;
}
