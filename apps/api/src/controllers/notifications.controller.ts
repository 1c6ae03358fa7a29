import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@whistle/auth';
import { type Actor, InvalidInputError } from '@whistle/common';
import { ListNotificationsQuery, NotificationsService, NotificationView, ReadAllView, UnreadCountView } from '@whistle/notifications';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary: 'The caller’s inbox, newest first',
    description:
      'Every role has one: notices of placed, dispatched, returned, rated tickets, dual feedback, reminders and ' +
      'escalations addressed to the caller, at most 500. `unread=true` keeps the unread ones.',
  })
  @ApiOkResponse({ type: [NotificationView], description: 'The caller’s inbox, newest first (at most 500)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListNotificationsQuery): Promise<NotificationView[]> {
    return this.notifications.list(actor, query.unread);
  }

  @Get('unread-count')
  @ApiOperation({
    summary: 'How many of the caller’s notices are unread',
    description: 'Cheap enough to poll every few seconds (one count over an index of the unread notices): the console’s header badge.',
  })
  @ApiOkResponse({ type: UnreadCountView })
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountView> {
    return this.notifications.unreadCount(actor);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every unread notice of the caller read', description: 'Answers how many it marked; the unread count is 0 afterwards.' })
  @ApiOkResponse({ type: ReadAllView })
  markAllRead(@CurrentActor() actor: Actor): Promise<ReadAllView> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark one notice read',
    description:
      'Only the caller’s own notices; marking one read again keeps its first `readAt`. 404 for a notice of someone ' +
      'else or none; 400 for an id that is not a UUID.',
  })
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ description: 'Not one of the caller’s notifications' })
  markRead(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'must be a UUID') })) id: string,
  ): Promise<NotificationView> {
    return this.notifications.markRead(actor, id);
  }
}
