import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '@whistle/auth';
import { AdminAudit, AUDITED, type Audited } from '@whistle/organisation';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

export class AuditQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Changes made by this administrator' })
  @IsOptional() @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDITED })
  @IsOptional() @IsIn(AUDITED)
  entity?: Audited;

  @ApiPropertyOptional({ description: 'The id of the changed object (a year for the calendar)' })
  @IsOptional() @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional() @Type(() => Date) @IsDate()
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Until this instant (exclusive)' })
  @IsOptional() @Type(() => Date) @IsDate()
  to?: Date;
}

export class AuditRecordView {
  @ApiProperty({ description: 'Position in the chain, from 1' }) seq!: number;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the service itself (first start, demo)' }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorUsername!: string | null;
  @ApiProperty({ enum: AUDITED }) entity!: Audited;
  @ApiProperty() entityId!: string;
  @ApiProperty({ example: 'updated', description: 'created, updated, retired, reactivated, password_reset, password_changed (by the user), unlocked, deleted (an SLA policy), replaced (a calendar year)' })
  action!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The object before (never a password hash)' }) before!: object | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The object after' }) after!: object | null;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditReportView {
  @ApiProperty() intact!: boolean;
  @ApiProperty() records!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The first record that does not match the chain' }) brokenAt!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The last record’s hash: quote it elsewhere to anchor the chain' }) headHash!: string | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AdminAudit) {}

  @Get()
  @ApiOperation({
    summary: 'The administrators’ audit trail (admin)',
    description:
      'Every change to chains, departments, enterprises, users (a user’s own password change too), SLA policies and the working calendar: who, when, what, ' +
      'and the values before and after; newest first, at most 1,000. Each record is chained by hash to the one before ' +
      '(GET /api/audit/verify). 403 for other roles; 400 naming a bad filter.',
  })
  @ApiOkResponse({ type: [AuditRecordView] })
  list(@Query() query: AuditQuery): Promise<AuditRecordView[]> {
    return this.audit.list(query);
  }

  @Get('verify')
  @ApiOperation({
    summary: 'Check the audit trail’s hash chain (admin)',
    description: 'Recomputes every record’s hash from the first: a record changed, removed or inserted behind the service’s back is reported with its position.',
  })
  @ApiOkResponse({ type: AuditReportView })
  verify(): Promise<AuditReportView> {
    return this.audit.verify();
  }

  @Get('export')
  @ApiOperation({
    summary: 'The audit trail as CSV (admin)',
    description:
      'The same filters as GET /api/audit, up to 10,000 records, oldest first, as a UTF-8 CSV file (with a byte-order mark, ' +
      'for Excel). Cells that a spreadsheet would read as a formula are escaped.',
  })
  @ApiOkResponse({ description: 'The file, as an attachment', content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(@Query() query: AuditQuery, @Res() res: Response): Promise<void> {
    const records = (await this.audit.list(query, 10_000)).reverse();
    const csv = stringify(
      records.map((r) => [r.seq, r.at.toISOString(), r.actorUsername ?? '', r.entity, r.entityId, r.action, JSON.stringify(r.before), JSON.stringify(r.after), r.hash]),
      { header: true, columns: ['seq', 'at', 'actor', 'entity', 'entityId', 'action', 'before', 'after', 'hash'], escape_formulas: true },
    );
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit.csv"');
    res.send(`\uFEFF${csv}`);
  }
}
