import app from './zh-CN/app';
import domain from './zh-CN/domain';
import assessment from './zh-CN/assessment';
import tickets from './zh-CN/tickets';
import queues from './zh-CN/queues';
import admin from './zh-CN/admin';
import imports from './zh-CN/imports';
import catalogue from './zh-CN/catalogue';
import integrations from './zh-CN/integrations';

/** Chinese, the default language. One module per feature under zh-CN/ (Ant Design Pro's layout). */
export default { ...app, ...domain, ...assessment, ...queues, ...tickets, ...admin, ...imports, ...catalogue, ...integrations } as const;
