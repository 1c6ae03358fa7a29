import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
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
