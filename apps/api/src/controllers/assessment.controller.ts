import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  Agenda,
  AgendaQuery,
  ChainReport,
  ServiceReport,
  ThemesQuery,
  ThemesReport,
  CreateEvaluationDto,
  DepartmentScoreboard,
  EvaluationsService,
  EvaluationView,
  type Ledger,
  LedgerQuery,
  LEDGERS,
  LedgersService,
  ListEvaluationsQuery,
  ListRectificationsQuery,
  RectificationsService,
  RectificationView,
  RejectRectificationDto,
  ReportQuery,
  ReportRectificationDto,
  ReportsService,
  ScoreDto,
  SignOffDto,
} from '@whistle/assessment';
import { CurrentActor } from '@whistle/auth';
import { type Actor, InvalidInputError } from '@whistle/common';
import type { Response } from 'express';
import { IdParam } from './id-param.js';


@ApiTags('evaluations')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such evaluation, or one the caller may not see' })
@Controller('evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Post()
  @ApiOperation({
    summary: '测评会: hold an evaluation (dispatcher for its chain; admin for any chain or all)',
    description:
      'Opens a half-monthly evaluation meeting: the departments to score, the scorers (supervisors, and enterprises ' +
      'invited to score), the period and a deadline. A dispatcher holds one for its own chain; an administrator for ' +
      'any chain or for all (no chainId). 403 for other roles or another chain; 400 for scorers or departments that ' +
      'do not exist or do not fit.',
  })
  @ApiCreatedResponse({ type: EvaluationView })
  @ApiForbiddenResponse({ description: 'Not a dispatcher or an administrator, or another chain than the dispatcher’s' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEvaluationDto): Promise<EvaluationView> {
    return this.evaluations.create(actor, dto);
  }

  @Get()
  @ApiOperation({
    summary: 'The evaluations the caller may see, newest first',
    description:
      'Admins and all-chain supervisors see every evaluation; dispatchers and commissioners their chain’s and the ' +
      'all-chain ones; chain supervisors those too and the ones they score in; enterprises those they score in; ' +
      'departments and leaders those their departments are scored in. `state` filters open or closed ones.',
  })
  @ApiOkResponse({ type: [EvaluationView] })
  list(@CurrentActor() actor: Actor, @Query() query: ListEvaluationsQuery): Promise<EvaluationView[]> {
    return this.evaluations.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One evaluation with its departments, scorers and scores',
    description:
      'For whoever may see it (as the list); the committee sees every score, a scorer its own. 404 for one the caller ' +
      'may not see.',
  })
  @ApiOkResponse({ type: EvaluationView })
  get(@CurrentActor() actor: Actor, @IdParam('an evaluation') id: string): Promise<EvaluationView> {
    return this.evaluations.get(actor, id);
  }

  @Post(':id/scores')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Score a department 0-100 (a scorer of the evaluation, while open)',
    description: 'Scoring again replaces the score. An enterprise scorer with an open ticket at the department is recused: the score is kept and not counted.',
  })
  @ApiOkResponse({ type: EvaluationView })
  @ApiForbiddenResponse({ description: 'Not a scorer of this evaluation' })
  @ApiConflictResponse({ description: 'The evaluation is closed' })
  score(@CurrentActor() actor: Actor, @IdParam('an evaluation') id: string, @Body() dto: ScoreDto): Promise<EvaluationView> {
    return this.evaluations.score(actor, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close: compute results, open rectification orders below the threshold (dispatcher of the chain, admin)',
    description: 'Result = weighted mean of the supervisors’ and the enterprises’ mean scores (EVALUATION_WEIGHTS), recused scores left out.',
  })
  @ApiOkResponse({ type: EvaluationView })
  @ApiForbiddenResponse({ description: 'Not the committee of the evaluation’s chain, nor an administrator' })
  @ApiConflictResponse({ description: 'Closed already' })
  close(@CurrentActor() actor: Actor, @IdParam('an evaluation') id: string): Promise<EvaluationView> {
    return this.evaluations.close(actor, id);
  }
}

@ApiTags('evaluations')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such rectification order, or one the caller may not see' })
@Controller('rectifications')
export class RectificationsController {
  constructor(private readonly rectifications: RectificationsService) {}

  @Get()
  @ApiOperation({
    summary: '整改单: rectification orders the caller may see',
    description:
      'Opened when an evaluation closes with a department below the threshold: the department must report its ' +
      'rectification by the deadline and the committee signs it off. Filter by `state` or `evaluationId`.',
  })
  @ApiOkResponse({ type: [RectificationView] })
  list(@CurrentActor() actor: Actor, @Query() query: ListRectificationsQuery): Promise<RectificationView[]> {
    return this.rectifications.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One rectification order',
    description:
      'For whoever may see it: the committee of its chain, its department and leader, supervisors, administrators. ' +
      '404 otherwise.',
  })
  @ApiOkResponse({ type: RectificationView })
  get(@CurrentActor() actor: Actor, @IdParam('a rectification order') id: string): Promise<RectificationView> {
    return this.rectifications.get(actor, id);
  }

  @Post(':id/report')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report the rectification (department): open → reported',
    description:
      'The department of the order reports what it changed, with its evidence (`attachmentIds`: files it attached to the ' +
      'order first, POST /api/rectifications/:id/attachments; the report names them with their hashes); the committee ' +
      'is notified. 400 naming `attachmentIds` for a file that is not one the caller attached to this order or that a ' +
      'report carried already; 403 for other roles; 404 for an order of another department; 409 unless the order is open.',
  })
  @ApiOkResponse({ type: RectificationView })
  @ApiForbiddenResponse({ description: 'Only the department reports' })
  @ApiConflictResponse({ description: 'Not open' })
  report(@CurrentActor() actor: Actor, @IdParam('a rectification order') id: string, @Body() dto: ReportRectificationDto): Promise<RectificationView> {
    return this.rectifications.act(actor, id, 'report', dto);
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign off (dispatcher of the chain, admin): reported → signed_off',
    description:
      'The committee accepts the department’s report and the order is done. An order from an all-chain evaluation is ' +
      'signed off by an administrator (403 for a dispatcher); 409 when nothing is reported.',
  })
  @ApiOkResponse({ type: RectificationView })
  @ApiForbiddenResponse({ description: 'Not the committee of the order’s chain, nor an administrator' })
  @ApiConflictResponse({ description: 'Nothing reported to sign off' })
  signOff(@CurrentActor() actor: Actor, @IdParam('a rectification order') id: string, @Body() dto: SignOffDto): Promise<RectificationView> {
    return this.rectifications.act(actor, id, 'sign-off', dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the report back (dispatcher of the chain, admin): reported → open, same deadline',
    description:
      'The committee refuses the report with a note; the department must report again before the same deadline. 403 ' +
      'as for signing off; 409 when nothing is reported.',
  })
  @ApiOkResponse({ type: RectificationView })
  @ApiForbiddenResponse({ description: 'Not the committee of the order’s chain, nor an administrator' })
  @ApiConflictResponse({ description: 'Nothing reported' })
  reject(@CurrentActor() actor: Actor, @IdParam('a rectification order') id: string, @Body() dto: RejectRectificationDto): Promise<RectificationView> {
    return this.rectifications.act(actor, id, 'reject', dto);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Enterprises; or another chain than the caller’s own' })
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly ledgers: LedgersService,
  ) {}

  @Get('departments')
  @ApiOperation({
    summary: 'The departments’ scoreboard (三率, evaluations, composite and rank) for dispatches in [from, to)',
    description:
      'Per department: response rate, on-time feedback rate, resolution rate and satisfaction rate (三率), mean rating, ' +
      'escalations, the evaluation score, a weighted composite and the rank. Dispatchers, commissioners and chain ' +
      'supervisors see their chain only; 403 for enterprises or another chain.',
  })
  @ApiOkResponse({ type: DepartmentScoreboard })
  departments(@CurrentActor() actor: Actor, @Query() query: ReportQuery): Promise<DepartmentScoreboard> {
    return this.reports.departments(actor, query);
  }

  @Get('chains')
  @ApiOperation({
    summary: 'Per chain: orders placed in [from, to) by category and state, solved, overdue',
    description:
      'One row per chain the caller may see, with counts by category and by state, solved and overdue orders. 403 for ' +
      'enterprises or another chain.',
  })
  @ApiOkResponse({ type: [ChainReport] })
  chains(@CurrentActor() actor: Actor, @Query() query: ReportQuery): Promise<ChainReport[]> {
    return this.reports.chains(actor, query);
  }

  @Get('services')
  @ApiOperation({
    summary: 'Per service catalogue item: orders placed in [from, to), open, solved, overdue, on-time feedback, mean rating',
    description:
      'The board grouped by catalogue item (服务清单), most ordered first; orders placed without an item come as ' +
      '`serviceCode: null`. One chain with `chainId` (chain-bound roles always see their own). 403 for enterprises or another chain.',
  })
  @ApiOkResponse({ type: [ServiceReport] })
  services(@CurrentActor() actor: Actor, @Query() query: ReportQuery): Promise<ServiceReport[]> {
    return this.reports.services(actor, query);
  }

  @Get('themes')
  @ApiOperation({
    summary: '每月一题: the month’s most ordered catalogue items and most repeated problems',
    description:
      'The problem of the month the committee takes up: the ten catalogue items most ordered in `month` (SLA_TIMEZONE; the ' +
      'current one by default), and the ten problems with the most repeats placed in it (orders linked with ' +
      '`POST /api/tickets/:id/link-repeat`), each with its first order and how many enterprises raised it. One chain with ' +
      '`chainId` (chain-bound roles always see their own). 403 for enterprises or another chain.',
  })
  @ApiOkResponse({ type: ThemesReport })
  themes(@CurrentActor() actor: Actor, @Query() query: ThemesQuery): Promise<ThemesReport> {
    return this.reports.themes(actor, query);
  }

  @Get('agenda')
  @ApiOperation({
    summary: 'The half-monthly meeting’s agenda: overdue, escalated, bounced, unsatisfied, extensions, awaiting information',
    description:
      'What the chain committee discusses at its meeting (since `since`, default the last 15 days): overdue and ' +
      'escalated orders, orders bounced between departments, unsatisfied ratings, pending extensions and orders ' +
      'waiting for the enterprise. 403 for enterprises or another chain.',
  })
  @ApiOkResponse({ type: Agenda })
  agenda(@CurrentActor() actor: Actor, @Query() query: AgendaQuery): Promise<Agenda> {
    return this.reports.agenda(actor, query);
  }

  @Get('ledgers/:ledger')
  @ApiOperation({
    summary: '两本台账: the demand ledger (every order) or the problem ledger (every dispatched order) of a chain',
    description: 'CSV (UTF-8 with BOM) or XLSX, Chinese column headers, streamed as it is read.',
  })
  @ApiParam({ name: 'ledger', enum: LEDGERS })
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async ledger(@CurrentActor() actor: Actor, @Param('ledger') ledger: string, @Query() query: LedgerQuery, @Res() res: Response): Promise<void> {
    if (!(LEDGERS as readonly string[]).includes(ledger)) throw new InvalidInputError('ledger', `must be one of ${LEDGERS.join(', ')}`);
    const file = await this.ledgers.prepare(actor, ledger as Ledger, query);
    res.status(200);
    res.setHeader('Content-Type', file.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    try {
      await this.ledgers.write(file, res);
      res.end();
    } catch (error) {
      // Headers are gone already: cut the connection so the client sees an incomplete file, not a short one.
      res.destroy(error as Error);
    }
  }
}
