import { ApiProperty } from '@nestjs/swagger';

/** An attached file as an action, a feedback or a report names it. */
export class AttachmentRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '现场照片.jpg' }) name!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ example: 'image/jpeg', description: 'As read from the bytes, not the name' }) contentType!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes' }) sha256!: string;
}
