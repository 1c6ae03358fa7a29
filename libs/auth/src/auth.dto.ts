import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@whistle/common';
import { UserView } from '@whistle/organisation';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString() @MinLength(1) @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'change-me-please', writeOnly: true })
  @IsString() @MinLength(1) @MaxLength(128)
  password!: string;
}

export class LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @ApiProperty({ type: UserView })
  user!: UserView;
}

/** The signed-in caller, as the console needs it on every page (GET /api/auth/me). */
export class MeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true, example: '张科长' }) displayName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'commissioner, dispatcher, enterprise (its enterprise’s chain); a supervisor’s chain, null for all chains' })
  chainId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'enterprise' }) enterpriseId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'department' }) departmentId!: string | null;
  @ApiProperty({ description: 'The password is a one-time one: every route but this one and POST /api/auth/password answers 403 (code password_change_required) until it is changed' })
  mustChangePassword!: boolean;
}

export class ChangePasswordDto {
  @ApiProperty({ writeOnly: true })
  @IsString() @MinLength(1) @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({ writeOnly: true, description: 'At least PASSWORD_MIN_LENGTH (8) characters, not one of the most common passwords, not the current one' })
  @IsString() @MinLength(1) @MaxLength(128)
  newPassword!: string;
}
