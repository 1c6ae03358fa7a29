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
  AddAssistDto,
  AskAssistDto,
  DeclineAssistDto,
  GiveAssistDto,
  LinkRepeatDto,
  SimilarTicketsService,
  SimilarTicketView,
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
  constructor(
    private readonly tickets: TicketsService,
    private readonly similarTickets: SimilarTicketsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: '企业点单: place an order (enterprise; commissioner with enterpriseId)',
    description:
      'An enterprise user places an order for its own enterprise; a commissioner places one on behalf of an enterprise of its chain ' +
      '(`enterpriseId` required). The ticket starts `placed`, with a code such as PHARMA-2026-000001 and the dispatch deadline ' +
      '(SLA_DISPATCH) running; the chain’s dispatchers are notified. 403 for other roles; 404 for an enterprise the commissioner may not act for.',
  })
  @ApiCreatedResponse({ type: TicketView })
  @ApiForbiddenResponse({ description: 'Only enterprises and commissioners place orders' })
  place(@CurrentActor() actor: Actor, @Body() dto: CreateTicketDto): Promise<TicketView> {
    return this.tickets.place(actor, dto);
  }

  @Get()
  @ApiOperation({
    summary: 'The tickets the caller may see, newest first, a page at a time',
    description:
      'Every role sees only its own: an enterprise its orders, a commissioner, dispatcher or chain supervisor its chain’s, a department ' +
      'what was dispatched to it, a leader its departments’, an unbound supervisor all. Filters narrow that further and never widen it. ' +
      'Each ticket carries the caller’s `availableActions`. 400 for an unknown filter value or a page size over 100.',
  })
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
  @ApiOperation({
    summary: 'One ticket, with its deadlines and what the caller may do with it now',
    description: 'Any role that may see the ticket; 404 for one it may not see (its existence is never revealed) or that does not exist; 400 for an id that is not a UUID.',
  })
  @ApiOkResponse({ type: TicketView })
  get(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<TicketView> {
    return this.tickets.get(actor, id);
  }

  @Get(':id/events')
  @ApiOperation({
    summary: 'The timeline, oldest first; timers and escalations have actorRole "system"',
    description:
      'Every event of the ticket: who did what, from which state to which, with its payload and its place in the hash chain. ' +
      'Whoever may see the ticket may read it; 404 otherwise.',
  })
  @ApiOkResponse({ type: [TicketEventView] })
  events(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<TicketEventView[]> {
    return this.tickets.events(actor, id);
  }

  @Get(':id/events/verify')
  @ApiOperation({
    summary: 'Checks the tamper-evident timeline',
    description:
      'Recomputes every event’s hash from its row and the previous hash, checks the sequence ends at the ticket’s version, ' +
      'and replays the workflow events to the ticket’s stored state. Reports the first break. Whoever may see the ticket may check it; 404 otherwise.',
  })
  @ApiOkResponse({ type: ChainReportView })
  verify(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<ChainReportView> {
    return this.tickets.verifyEvents(actor, id);
  }

  @Get(':id/similar')
  @ApiOperation({
    summary: '每月一题: earlier orders of the chain that look like this one, most alike first',
    description:
      'Up to 10 orders of the same chain placed before this one, scored by the character bigrams of title and description ' +
      'weighed by rarity (`score`: a cosine, 0–1; below 0.05 not shown), each with the department that handled it and its ' +
      'rating. For the committee, commissioners, supervisors and administrators (403 for the parties of single orders); 404 ' +
      'for an order the caller may not see.',
  })
  @ApiOkResponse({ type: [SimilarTicketView] })
  @ApiForbiddenResponse({ description: 'Enterprises, departments and leaders do not search other orders' })
  similar(@CurrentActor() actor: Actor, @TicketId() id: string): Promise<SimilarTicketView[]> {
    return this.similarTickets.similar(actor, id);
  }
}

/** What an action answers: the ticket as it is now (declared per route: a method's own @HttpCode hides a class-level response). */
const UPDATED = { type: TicketView, description: 'The updated ticket' };

/** POST /api/tickets/:id/<action>: one route per action of API.md's table. */
@ApiTags('ticket actions')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The caller’s role never takes this action' })
@ApiNotFoundResponse({ description: 'No such ticket, or one the caller may not see' })
@ApiConflictResponse({ description: 'Not possible in the ticket’s state: `{message, state, availableActions}`' })
@Controller('tickets/:id')
export class TicketActionsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post('link-repeat')
  @HttpCode(200)
  @ApiOperation({
    summary: '每月一题 (dispatcher): link the order to an earlier one of the chain as the same problem',
    description:
      'The order becomes a repeat (`repeatOf`) of the earlier order, or of the order that one repeats, so a problem’s ' +
      'orders form one group; any state; a line of the timeline (`repeat_linked`). Linking again corrects the link. ' +
      '400 (`ofTicketId`) for the order itself, a later order, or one outside the chain; 403 for other roles.',
  })
  @ApiOkResponse(UPDATED)
  linkRepeat(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: LinkRepeatDto): Promise<TicketView> {
    return this.tickets.linkRepeat(actor, id, dto.ofTicketId);
  }

  @Post('dispatch')
  @HttpCode(200)
  @ApiOperation({
    summary: '党委派单 (dispatcher): placed, returned → dispatched',
    description:
      'The chain committee’s dispatcher sends the order to the responsible department (责任部门) with a priority, and may ' +
      're-categorise it, name the leader in charge (default: the department’s) and set `feedbackBy`. The first ' +
      'dispatch starts the one-month feedback clock (SLA_FEEDBACK); a re-dispatch after a return keeps that deadline ' +
      'unless `feedbackBy` is given. 403 for any other role; 404 for a ticket outside the dispatcher’s chain; 409 in ' +
      'any other state; 400 for an unknown or inactive department.',
  })
  @ApiOkResponse(UPDATED)
  dispatch(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: DispatchTicketDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'dispatch', dto);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({
    summary: '部门接单 (department): dispatched → in_progress',
    description:
      'A user of the department the ticket was dispatched to takes it on before the accept deadline (SLA_ACCEPT). 403 ' +
      'for other roles; 404 for another department’s ticket; 409 in any other state.',
  })
  @ApiOkResponse(UPDATED)
  accept(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: NoteDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'accept', dto);
  }

  @Post('return')
  @HttpCode(200)
  @ApiOperation({
    summary: '退单 (department): dispatched → returned',
    description:
      'The department sends the ticket back to the committee with a coded reason and a note (not our function, not ' +
      'our area, ownership unclear, other); the return count grows and the dispatchers are notified. 403 for other ' +
      'roles; 404 for another department’s ticket; 409 unless dispatched.',
  })
  @ApiOkResponse(UPDATED)
  returnToCommittee(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: ReturnTicketDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'return', dto);
  }

  @Post('feedback')
  @HttpCode(200)
  @ApiOperation({
    summary: '双反馈 (department): in_progress, rectifying → feedback_given',
    description:
      'The department reports what it did; the feedback goes to the enterprise and to the committee at once (dual ' +
      'feedback) and records whether it came before the deadline. Starts the rating clock (SLA_RATE). 403 for other ' +
      'roles; 404 for another department’s ticket; 409 in any other state.',
  })
  @ApiOkResponse(UPDATED)
  giveFeedback(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: FeedbackDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'feedback', dto);
  }

  @Post('rate')
  @HttpCode(200)
  @ApiOperation({
    summary: '企业评单 (enterprise): feedback_given → closed (≥3) or rectifying (≤2)',
    description:
      'The enterprise that placed the order rates the feedback 1–5 with an optional comment. 3 or more closes the ' +
      'ticket; 2 or less sends it back to the department for rectification (整改) with its own deadline (SLA_RECTIFY). ' +
      '403 for other roles; 404 for another enterprise’s ticket; 409 unless feedback was given.',
  })
  @ApiOkResponse(UPDATED)
  rate(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: RateDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'rate', dto);
  }

  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw (enterprise, commissioner): placed, returned, dispatched, in_progress → withdrawn',
    description:
      'The enterprise, or a commissioner of its chain, withdraws the order with a reason; its timers are cancelled. ' +
      '403 for other roles; 404 for a ticket the caller may not see; 409 once feedback was given or the ticket is ' +
      'closed.',
  })
  @ApiOkResponse(UPDATED)
  withdraw(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: WithdrawDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'withdraw', dto);
  }

  @Post('request-extension')
  @HttpCode(200)
  @ApiOperation({
    summary: '延期 (department): ask for a later feedback deadline, before it passes',
    description:
      'The department asks the committee to move `feedbackBy` to `until` (later than the current deadline), with a ' +
      'reason; the state does not change and the request waits for the dispatcher’s decision. 403 for other roles; ' +
      '404 for another department’s ticket; 409 when not in progress, a request is pending already or the deadline ' +
      'has passed; 400 for an `until` not later than the deadline.',
  })
  @ApiOkResponse(UPDATED)
  requestExtension(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: RequestExtensionDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'request-extension', dto);
  }

  @Post('decide-extension')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a pending extension (dispatcher); approval moves feedbackBy',
    description:
      'The dispatcher approves (the feedback deadline becomes the requested date, timers re-armed) or refuses the ' +
      'pending extension request, with an optional note. 403 for other roles; 404 outside the chain; 409 when no ' +
      'request is pending.',
  })
  @ApiOkResponse(UPDATED)
  decideExtension(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: DecideExtensionDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'decide-extension', dto);
  }

  @Post('remind')
  @HttpCode(200)
  @ApiOperation({
    summary: '催办 (dispatcher): remind whoever must act now',
    description:
      'The dispatcher chases the ticket: the department (or the enterprise, when it must rate or answer) gets a ' +
      'reminder notice and the timeline records it. The state does not change. 403 for other roles; 404 outside the ' +
      'chain; 409 on a closed or withdrawn ticket.',
  })
  @ApiOkResponse(UPDATED)
  remind(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: NoteDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'remind', dto);
  }

  @Post('request-info')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the enterprise for information (department): in_progress, rectifying → awaiting_info',
    description: 'Pauses the feedback (or rectification) clock until the enterprise answers. Not possible once the deadline has passed.',
  })
  @ApiOkResponse(UPDATED)
  requestInfo(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: RequestInfoDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'request-info', dto);
  }

  @Post('provide-info')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer the department (enterprise, commissioner): awaiting_info → the state it paused',
    description: 'Restarts the clock: the time it stood still is added to the deadline and to pausedSeconds.',
  })
  @ApiOkResponse(UPDATED)
  provideInfo(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: ProvideInfoDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'provide-info', dto);
  }

  @Post('assist/add')
  @HttpCode(200)
  @ApiOperation({
    summary: '增加协办部门 (dispatcher): add assisting departments to the current dispatch',
    description:
      'While the lead department has the order (dispatched, in_progress, awaiting_info). Each department gets its part with its own ' +
      'deadline (SLA_ASSIST) and is notified (ticket.assist_requested); the lead’s feedback then waits for it too. 400 naming `departmentIds` ' +
      'for an unknown or retired department, the lead itself, or one already asked in this dispatch; 409 in any other state.',
  })
  @ApiOkResponse(UPDATED)
  addAssist(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: AddAssistDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'add-assist', dto);
  }

  @Post('assist/ask')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the committee for an assisting department (lead department): in_progress',
    description:
      'The lead says what it needs help with and may suggest a department; the chain’s dispatchers are notified (ticket.assist_asked) and ' +
      'decide with POST …/assist/add. The state does not change. 403 for an assisting department; 409 in any other state.',
  })
  @ApiOkResponse(UPDATED)
  askAssist(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: AskAssistDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'ask-assist', dto);
  }

  @Post('assist/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: '接受协办 (assisting department): its part requested → accepted',
    description: 'The assisting department takes on its part. 403 for a department with no part in the order; 409 when its part is not requested.',
  })
  @ApiOkResponse(UPDATED)
  acceptAssist(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: NoteDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'assist-accept', dto);
  }

  @Post('assist/decline')
  @HttpCode(200)
  @ApiOperation({
    summary: '拒绝协办 (assisting department): its part → declined, with a coded reason',
    description:
      'The committee and the lead are notified (ticket.assist_declined) with the reason; the lead no longer waits for the part. ' +
      '403 for a department with no part; 409 when its part is already given or declined.',
  })
  @ApiOkResponse(UPDATED)
  declineAssist(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: DeclineAssistDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'assist-decline', dto);
  }

  @Post('assist/give')
  @HttpCode(200)
  @ApiOperation({
    summary: '协办意见 (assisting department): its part accepted → given',
    description:
      'The contribution goes to the lead and the committee (ticket.assisted) and is shown with the lead’s feedback; `onTime` records ' +
      'whether it came by the part’s deadline. 403 for a department with no part; 409 unless its part is accepted.',
  })
  @ApiOkResponse(UPDATED)
  giveAssist(@CurrentActor() actor: Actor, @TicketId() id: string, @Body() dto: GiveAssistDto): Promise<TicketView> {
    return this.tickets.act(actor, id, 'assist-give', dto);
  }
}
