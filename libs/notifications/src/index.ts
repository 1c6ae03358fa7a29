export * from './notification.dto.js';
export * from './notifications.module.js';
export { type Audience, type Notice, type NoticeSubject, NotificationsService } from './notifications.service.js';
