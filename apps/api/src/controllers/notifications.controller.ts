import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@whistle/auth';
import { type Actor, InvalidInputError } from '@whistle/common';
import { ListNotificationsQuery, NotificationsService, NotificationView } from '@whistle/notifications';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: [NotificationView], description: 'The caller’s inbox, newest first (at most 500)' })
  list(@CurrentActor() actor: Actor, @Query() query: ListNotificationsQuery): Promise<NotificationView[]> {
    return this.notifications.list(actor, query.unread);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ description: 'Not one of the caller’s notifications' })
  markRead(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'must be a UUID') })) id: string,
  ): Promise<NotificationView> {
    return this.notifications.markRead(actor, id);
  }
}
