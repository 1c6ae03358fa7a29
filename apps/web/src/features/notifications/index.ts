export { useUnreadCount } from './api';
