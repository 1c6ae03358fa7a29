import { type ArgumentsHost, BadRequestException, Catch, Controller, type ExceptionFilter, Get, Param, Post, Query, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '@whistle/auth';
import { type Actor, InvalidInputError } from '@whistle/common';
import { IMPORT_KINDS, ImportResultView, ImportTemplates, type ImportKind, type ImportLanguage, OrganisationImport } from '@whistle/organisation';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';

/** An import file is a park's organisation, not a data dump: 10 MB holds some 100,000 rows of CSV. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export class ImportKindParam {
  @ApiProperty({ enum: IMPORT_KINDS, description: 'What the file holds' })
  @IsIn(IMPORT_KINDS, { message: `kind must be one of: ${IMPORT_KINDS.join(', ')}` })
  kind!: ImportKind;
}

export class ImportQuery {
  @ApiPropertyOptional({ type: Boolean, default: true, description: 'true (the default): check every row and create nothing; false: create every row, or none when any is wrong' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

export class TemplateQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional() @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';

  @ApiPropertyOptional({ enum: ['zh-CN', 'en-US'], default: 'zh-CN', description: 'The language of the headings (either is accepted on import)' })
  @IsOptional() @IsIn(['zh-CN', 'en-US'])
  lang?: ImportLanguage;
}

interface UploadedImport {
  buffer: Buffer;
  originalname: string;
}

/**
 * Multer's own refusals (an unexpected field, too many parts) come as a 400 with a bare
 * message: answered, like every 400 here, with the field named (`file`).
 */
@Catch(BadRequestException)
class UploadErrorFilter implements ExceptionFilter {
  catch(error: BadRequestException, host: ArgumentsHost): void {
    const body = error.getResponse() as { errors?: unknown; message?: unknown };
    const res = host.switchToHttp().getResponse<Response>();
    if (typeof body === 'object' && Array.isArray(body.errors)) {
      res.status(400).json(body);
      return;
    }
    const message = `the upload is not a multipart form with one file field named file (${String(typeof body === 'object' ? body.message : body)})`;
    res.status(400).json({ statusCode: 400, error: 'invalid_input', message: `file: ${message}`, errors: [{ field: 'file', messages: [message] }] });
  }
}

@ApiTags('imports')
@ApiBearerAuth()
@Roles('admin')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: OrganisationImport,
    private readonly templates: ImportTemplates,
  ) {}

  @Post(':kind')
  @UseFilters(UploadErrorFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A .csv (UTF-8 or GB18030) or .xlsx file' } } } })
  @ApiOperation({
    summary: 'Import departments, enterprises or users from a CSV or XLSX file (admin)',
    description:
      'The first sheet’s first non-blank row holds the headings, in Chinese or English (GET /api/imports/{kind}/template). ' +
      'Every row is checked against the rules of the POST body of its kind, the rows already stored and the file’s other ' +
      'rows; each bad row is listed with its row number, field and reason. A dry run (the default) creates nothing and ' +
      'answers 200. `dryRun=false` creates every row in one transaction and answers 201, or, when any row is wrong, creates ' +
      'nothing and answers 422 with the same list. Imported users get one-time passwords, answered once in `credentials` ' +
      'and to be changed at the first login; administrators cannot be imported. Refused with 400 (field `file`): a file ' +
      'whose bytes are not what its name says, an old .xls, more than 20,000 rows; every cell that is, or begins like, a ' +
      'formula (= + - @, a tab) is listed as an error. 413 above 10 MB. 403 for other roles.',
  })
  @ApiOkResponse({ type: ImportResultView, description: 'The dry run: what would be created, and every error' })
  @ApiCreatedResponse({ type: ImportResultView, description: 'Imported: every row created' })
  @ApiUnprocessableEntityResponse({ type: ImportResultView, description: 'Nothing imported: the rows listed in `errors` are wrong' })
  @ApiConflictResponse({ description: 'A row was created by someone else between the checks and the import: nothing imported' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 10 MB' })
  async import(
    @Param() { kind }: ImportKindParam,
    @Query() query: ImportQuery,
    @UploadedFile() file: UploadedImport | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportResultView> {
    if (!file) throw new InvalidInputError('file', 'is required (a multipart field named file)');
    const dryRun = query.dryRun ?? true;
    const result = await this.imports.run(kind, file, dryRun, actor);
    res.status(dryRun ? 200 : result.errors.length > 0 ? 422 : 201);
    return result;
  }

  @Get(':kind/template')
  @ApiOperation({
    summary: 'The file to fill in for an import (admin)',
    description:
      'XLSX (the default): the headings, a drop-down for each listed column (role, tier) and a sheet that explains every ' +
      'column. CSV: the heading row alone, UTF-8 with a byte-order mark.',
  })
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } }, 'text/csv': { schema: { type: 'string' } } },
  })
  async template(@Param() { kind }: ImportKindParam, @Query() query: TemplateQuery, @Res() res: Response): Promise<void> {
    const format = query.format ?? 'xlsx';
    const language = query.lang ?? 'zh-CN';
    const body = format === 'csv' ? this.templates.csv(kind, language) : await this.templates.xlsx(kind, language);
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${kind}-template.${format}"`);
    res.send(body);
  }
}
