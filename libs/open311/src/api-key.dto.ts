import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ example: '12345 政务服务热线', maxLength: 200, description: 'Who uses it; the name of the account its orders are placed by' })
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The key places orders as this enterprise (exactly one of enterpriseId and chainId)' })
  @IsOptional() @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The key acts as this chain’s service commissioner: it places for the chain’s enterprises, named by account_id' })
  @IsOptional() @IsUUID()
  chainId?: string;
}

export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'wk_Xq3v9Rt', description: 'The key’s first characters, to tell keys apart' }) prefix!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) enterpriseId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chainId!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The account the key acts through (the timeline names it)' }) userId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) revokedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'To the minute' }) lastUsedAt!: Date | null;
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ example: 'wk_Xq3v9RtM0c1pQe…', description: 'The key, shown this once; only its hash is kept' }) key!: string;
}
