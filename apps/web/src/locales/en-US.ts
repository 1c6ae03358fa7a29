import app from './en-US/app';
import domain from './en-US/domain';
import assessment from './en-US/assessment';
import tickets from './en-US/tickets';
import queues from './en-US/queues';
import admin from './en-US/admin';
import imports from './en-US/imports';
import catalogue from './en-US/catalogue';
import integrations from './en-US/integrations';

export default { ...app, ...domain, ...assessment, ...queues, ...tickets, ...admin, ...imports, ...catalogue, ...integrations };
