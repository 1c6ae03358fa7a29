import {
  type CallHandler,
  Controller,
  type ExecutionContext,
  Get,
  Injectable,
  type NestInterceptor,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type AuthenticatedRequest, CurrentActor } from '@whistle/auth';
import { RectificationAttachmentView, RectificationsService } from '@whistle/assessment';
import { type Actor, InvalidInputError, NotFoundError, TooLargeError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { ATTACHMENT_TYPES, AttachmentFinder, type ReceivedFile, Staging, StagingStorage } from '@whistle/files';
import { AttachmentView, TicketsService } from '@whistle/tickets';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import { IdParam } from './id-param.js';

const TicketId = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'must be the UUID of a ticket') }));

/** What a multipart form may hold besides the file: its boundaries and headers, generously. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Receives an upload (`POST /api/tickets/:id/attachments`, `POST /api/rectifications/:id/attachments`):
 * first asks whether the caller may attach to the subject at all (so a refusal, or a declared
 * length over the limit, costs no upload), then lets multer stream the one file, field `file`,
 * into the staging area (StagingStorage). A request cut off half-way, or over the limit, leaves
 * nothing there.
 */
abstract class StagedUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;

  constructor(
    private readonly config: AppConfig,
    staging: Staging,
  ) {
    const maxBytes = config.attachments.maxBytes;
    this.upload = multer({
      storage: new StagingStorage(staging, maxBytes),
      limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 },
      // Browsers send file names as UTF-8 (现场照片.jpg), not busboy's default Latin-1.
      defParamCharset: 'utf8',
    }).single('file');
  }

  /** Refuses (403, 404, 409) a caller who may not attach to the subject `id` now. */
  protected abstract precheck(actor: Actor, id: string): Promise<void>;

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const res = context.switchToHttp().getResponse();
    const id = req.params.id as string;
    if (/^[0-9a-f-]{36}$/i.test(id)) await this.precheck(req.actor!, id);
    const declared = Number(req.headers['content-length']);
    const limit = this.config.attachments.maxBytes;
    if (declared > limit + FORM_OVERHEAD) throw new TooLargeError('file', limit, 'ATTACHMENT_MAX_BYTES');
    await new Promise<void>((resolve, reject) => this.upload(req, res, (error?: unknown) => (error ? reject(uploadError(error, limit)) : resolve())));
    return next.handle();
  }
}

@Injectable()
export class TicketUploadInterceptor extends StagedUploadInterceptor {
  constructor(
    private readonly tickets: TicketsService,
    config: AppConfig,
    staging: Staging,
  ) {
    super(config, staging);
  }

  protected precheck(actor: Actor, id: string): Promise<void> {
    return this.tickets.checkAttachable(actor, id);
  }
}

@Injectable()
export class RectificationUploadInterceptor extends StagedUploadInterceptor {
  constructor(
    private readonly rectifications: RectificationsService,
    config: AppConfig,
    staging: Staging,
  ) {
    super(config, staging);
  }

  protected precheck(actor: Actor, id: string): Promise<void> {
    return this.rectifications.checkAttachable(actor, id);
  }
}

/** The one file of the form, as the storage engine left it; 400 when the form had none. */
function received(req: Request & { file?: ReceivedFile }): ReceivedFile {
  if (!req.file) throw new InvalidInputError('file', 'is required: a multipart/form-data body with one file field named file');
  return req.file;
}

function uploadError(error: unknown, limit: number): unknown {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return new TooLargeError('file', limit, 'ATTACHMENT_MAX_BYTES');
    return new InvalidInputError('file', `the upload must be a multipart form with one file field named file (${error.message})`);
  }
  const message = (error as Error)?.message ?? String(error);
  // busboy's refusals of a malformed form; a request cut off is answered to nobody.
  if (/multipart|boundary|form|content type|Request (aborted|closed)/i.test(message)) return new InvalidInputError('file', `the upload is not a well-formed multipart form (${message})`);
  return error;
}

@ApiTags('attachments')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such ticket, or one the caller may not see' })
@Controller('tickets/:id/attachments')
export class TicketAttachmentsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post()
  @UseInterceptors(TicketUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A photo, PDF, Office or OpenDocument document, or plain text' } } } })
  @ApiOperation({
    summary: '附件: attach a file to an order (the parties to it, while it is open)',
    description:
      'The enterprise (or its commissioner), the committee, and the lead and assisting departments attach photos and ' +
      'documents while the order is open; the file can then be sent with an action (`attachmentIds` in the body of ' +
      '`feedback`, `provide-info`, `request-info`, `return`, `rate`, `assist/give`, `assist/decline`). The type is read from ' +
      'the bytes, not the name: JPEG, PNG, GIF, WebP, HEIC, TIFF, PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC/XLS/PPT ' +
      '(and WPS’s), plain text (UTF-8 or GB 18030); anything else is refused with 415. The bytes are kept by their ' +
      'SHA-256 under DATA_DIR/files, and the timeline gets an event naming the file and its hash. 413 above ' +
      'ATTACHMENT_MAX_BYTES; 409 once the order holds ATTACHMENT_MAX_PER_TICKET files, or when it is closed or withdrawn; ' +
      '400 for an empty file or a form without one file field named `file`; 403 for supervisors, leaders and administrators.',
  })
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiForbiddenResponse({ description: 'The caller’s role reads attachments but does not add them' })
  @ApiConflictResponse({ description: 'The order is closed or withdrawn, or holds the most files it may' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than ATTACHMENT_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The bytes are of a type not accepted' })
  attach(@CurrentActor() actor: Actor, @TicketId() id: string, @Req() req: Request & { file?: ReceivedFile }): Promise<AttachmentView> {
    const file = received(req);
    return this.tickets.attach(actor, id, { path: file.path, size: file.size, sha256: file.sha256, originalName: file.originalname });
  }

  @Get()
  @ApiOperation({
    summary: 'The files attached to an order, oldest first (whoever may see the order)',
    description: 'Each with its hash, who attached it, the timeline event that names it (`seq`) and the action that carried it, if any (`usedSeq`, `usedAction`). 404 for an order the caller may not see.',
  })
  @ApiOkResponse({ type: [AttachmentView] })
  list(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<AttachmentView[]> {
    return this.tickets.attachments(actor, id);
  }
}

const RectificationId = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'must be the UUID of a rectification order') }));

@ApiTags('attachments')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such rectification order, or one the caller may not see' })
@Controller('rectifications/:id/attachments')
export class RectificationAttachmentsController {
  constructor(private readonly rectifications: RectificationsService) {}

  @Post()
  @UseInterceptors(RectificationUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A photo, PDF, Office or OpenDocument document, or plain text' } } } })
  @ApiOperation({
    summary: '整改佐证: attach evidence to a rectification order (its department, while the order is open)',
    description:
      'The department attaches photos and documents of what it corrected, then sends them with its report ' +
      '(`attachmentIds` in the body of `POST /api/rectifications/:id/report`). The same types, limits and storage as an ' +
      'order’s attachments (ATTACHMENT_MAX_BYTES; ATTACHMENT_MAX_PER_TICKET files per rectification order). 403 for ' +
      'every other role; 409 once the order is reported or signed off.',
  })
  @ApiCreatedResponse({ type: RectificationAttachmentView })
  @ApiForbiddenResponse({ description: 'Only the order’s department attaches evidence' })
  @ApiConflictResponse({ description: 'The order is not open, or holds the most files it may' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than ATTACHMENT_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The bytes are of a type not accepted' })
  attach(@CurrentActor() actor: Actor, @RectificationId() id: string, @Req() req: Request & { file?: ReceivedFile }): Promise<RectificationAttachmentView> {
    const file = received(req);
    return this.rectifications.attach(actor, id, { path: file.path, size: file.size, sha256: file.sha256, originalName: file.originalname });
  }

  @Get()
  @ApiOperation({
    summary: 'The files attached to a rectification order, oldest first (whoever may see the order)',
    description: 'Each with its hash and the report that carried it, if any (`usedSeq`: the order’s version after that report).',
  })
  @ApiOkResponse({ type: [RectificationAttachmentView] })
  list(@CurrentActor() actor: Actor, @RectificationId() id: string): Promise<RectificationAttachmentView[]> {
    return this.rectifications.attachments(actor, id);
  }
}

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(
    private readonly finder: AttachmentFinder,
    private readonly tickets: TicketsService,
    private readonly rectifications: RectificationsService,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: 'An attachment’s bytes (whoever may see its order or rectification order)',
    description:
      'Answered as a download (`Content-Disposition: attachment` with the file’s name), with the type read from its ' +
      'bytes at upload and its SHA-256 as the ETag. 404 for anybody who may not see the order (or the rectification ' +
      'order) it is attached to, as for an unknown id.',
  })
  @ApiOkResponse({ description: 'The bytes, of the type read from them at upload', content: Object.fromEntries(ATTACHMENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) })
  @ApiNotFoundResponse({ description: 'No such attachment, or one the caller may not see' })
  async download(@CurrentActor() actor: Actor, @IdParam('an attachment') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const row = await this.finder.find(id);
    const found = row && (row.rectificationId ? await this.rectifications.attachmentFile(actor, row) : await this.tickets.attachmentFile(actor, row));
    if (!found) throw new NotFoundError('attachment');
    const { attachment, open } = found;
    // What a hash names never changes; the caller's browser may keep it, nobody between.
    res.attachment(attachment.name).setHeader('ETag', `"${attachment.sha256}"`).setHeader('Cache-Control', 'private, max-age=86400, immutable');
    return new StreamableFile(await open(), { type: attachment.contentType, length: attachment.size });
  }
}
