import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor } from '@whistle/auth';
import { type Actor, InvalidInputError } from '@whistle/common';
import {
  ChainReportView,
  CreateTicketDto,
  DecideExtensionDto,
  DispatchTicketDto,
  FeedbackDto,
  ListTicketsQuery,
  NoteDto,
  ProvideInfoDto,
  RateDto,
  RequestInfoDto,
  RequestExtensionDto,
  ReturnTicketDto,
  TicketEventView,
  TicketCountsQuery,
  TicketCountsView,
  TicketPage,
  TicketsService,
  TicketView,
  WithdrawDto,
} from '@whistle/tickets';

const TicketId = () =>
  Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'must be a UUID') }));

@ApiTags('tickets')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such ticket, or one the caller may not see' })
@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post()
  @ApiOperation({ summary: '企业点单: place an order (enterprise; commissioner with enterpriseId)' })
  @ApiCreatedResponse({ type: TicketView })
  place(@CurrentActor() actor: Actor, @Body() dto: CreateTicketDto): Promise<TicketView> {
    return this.tickets.place(actor, dto);
  }

  @Get()
  @ApiOkResponse({ type: TicketPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListTicketsQuery): Promise<TicketPage> {
    return this.tickets.list(actor, query);
  }

  @Get('counts')
  @ApiOperation({
    summary: 'The queues’ counts: to dispatch, awaiting acceptance, in progress, due soon, overdue, escalated, feedback given',
    description:
      'Counted in one statement over the open tickets the caller may see (the same visibility as the list), so every role gets the counts of its own queues. ' +
      '`dueSoon` counts open tickets whose current deadline falls within `dueSoonWithin` (default P3D) and has not passed; each count matches a list: ' +
      '`states=placed,returned`, `state=dispatched`, `states=in_progress,awaiting_info,rectifying`, `dueWithin=P3D`, `overdue=true&open=true`, `escalated=true&open=true`, `state=feedback_given`.',
  })
  @ApiOkResponse({ type: TicketCountsView })
  counts(@CurrentActor() actor: Actor, @Query() query: TicketCountsQuery): Promise<TicketCountsView> {
    return this.tickets.counts(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TicketView })
  get(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<TicketView> {
    return this.tickets.get(actor, id);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'The timeline, oldest first; timers and escalations have actorRole "system"' })
  @ApiOkResponse({ type: [TicketEventView] })
  events(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<TicketEventView[]> {
    return this.tickets.events(actor, id);
  }

  @Get(':id/events/verify')
  @ApiOperation({
    summary: 'Checks the tamper-evident timeline',
    description:
      'Recomputes every event’s hash from its row and the previous hash, checks the sequence ends at the ticket’s version, ' +
      'and replays the workflow events to the ticket’s stored state. Reports the first break.',
  })
  @ApiOkResponse({ type: ChainReportView })
  verify(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<ChainReportView> {
    return this.tickets.verifyEvents(actor, id);
  }
}

/** POST /api/tickets/:id/<action>: one route per action of API.md's table. */
@ApiTags('ticket actions')
@ApiBearerAuth()
@ApiOkResponse({ type: TicketView, description: 'The updated ticket' })
@ApiForbiddenResponse({ description: 'The caller’s role never takes this action' })
@ApiNotFoundResponse({ description: 'No such ticket, or one the caller may not see' })
@ApiConflictResponse({ description: 'Not possible in the ticket’s state: `{message, state, availableActions}`' })
@Controller('tickets/:id')
export class TicketActionsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post('dispatch')
  @HttpCode(200)
  @ApiOperation({ summary: '党委派单 (dispatcher): placed, returned → dispatched' })
  dispatch(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: DispatchTicketDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'dispatch', dto);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: '部门接单 (department): dispatched → in_progress' })
  accept(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: NoteDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'accept', dto);
  }

  @Post('return')
  @HttpCode(200)
  @ApiOperation({ summary: '退单 (department): dispatched → returned' })
  returnToCommittee(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: ReturnTicketDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'return', dto);
  }

  @Post('feedback')
  @HttpCode(200)
  @ApiOperation({ summary: '双反馈 (department): in_progress, rectifying → feedback_given' })
  giveFeedback(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: FeedbackDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'feedback', dto);
  }

  @Post('rate')
  @HttpCode(200)
  @ApiOperation({ summary: '企业评单 (enterprise): feedback_given → closed (≥3) or rectifying (≤2)' })
  rate(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: RateDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'rate', dto);
  }

  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw (enterprise, commissioner): placed, returned, dispatched, in_progress → withdrawn' })
  withdraw(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: WithdrawDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'withdraw', dto);
  }

  @Post('request-extension')
  @HttpCode(200)
  @ApiOperation({ summary: '延期 (department): ask for a later feedback deadline, before it passes' })
  requestExtension(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: RequestExtensionDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'request-extension', dto);
  }

  @Post('decide-extension')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a pending extension (dispatcher); approval moves feedbackBy' })
  decideExtension(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: DecideExtensionDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'decide-extension', dto);
  }

  @Post('remind')
  @HttpCode(200)
  @ApiOperation({ summary: '催办 (dispatcher): remind whoever must act now' })
  remind(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: NoteDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'remind', dto);
  }

  @Post('request-info')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the enterprise for information (department): in_progress, rectifying → awaiting_info',
    description: 'Pauses the feedback (or rectification) clock until the enterprise answers. Not possible once the deadline has passed.',
  })
  requestInfo(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: RequestInfoDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'request-info', dto);
  }

  @Post('provide-info')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer the department (enterprise, commissioner): awaiting_info → the state it paused',
    description: 'Restarts the clock: the time it stood still is added to the deadline and to pausedSeconds.',
  })
  provideInfo(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: ProvideInfoDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'provide-info', dto);
  }
}
