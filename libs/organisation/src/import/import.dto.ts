import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@whistle/common';
import { IMPORT_KINDS, type ImportKind } from './import-columns.js';
import { IMPORT_ERROR_CODES, type ImportErrorCode } from './organisation-import.js';

export class ImportErrorView {
  @ApiProperty({ example: 5, description: 'The row as a spreadsheet numbers it (the heading row is usually 1)' }) row!: number;
  @ApiProperty({ example: 'username', description: 'The column’s field, or `file` for the file as a whole' }) field!: string;
  @ApiProperty({ type: String, nullable: true, example: '用户名', description: 'The column’s heading as the file wrote it' }) column!: string | null;
  @ApiProperty({ example: 'this username is taken', description: 'What is wrong, in English' }) message!: string;
  @ApiProperty({ enum: IMPORT_ERROR_CODES, description: 'What is wrong, for a console to say in its own language' }) code!: ImportErrorCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { row: 2 },
    description: 'The values `code` speaks of: `row` (repeats), `role` (not_used, required_for_role), `count` (enterprise_ambiguous), `zh`/`en` (not_listed, missing_column), `expected` (unknown_column)',
  })
  params!: Record<string, string | number>;
}

export class ImportedCredentialView {
  @ApiProperty() row!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ example: 'k7Qm-2xPa-9vRt', description: 'Shown once, in this answer only: to be changed at the first login' }) oneTimePassword!: string;
}

export class ImportResultView {
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: ImportKind;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'Data rows in the file (blank rows not counted)' }) rows!: number;
  @ApiProperty({ description: 'Rows created: 0 in a dry run and whenever there is an error' }) created!: number;
  @ApiProperty({ type: [ImportErrorView] }) errors!: ImportErrorView[];
  @ApiProperty({ type: [ImportedCredentialView], description: 'A real import of users: each new user’s one-time password, answered to the importing administrator only and stored nowhere in clear' })
  credentials!: ImportedCredentialView[];
}
