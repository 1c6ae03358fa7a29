import app from './en-US/app';
import domain from './en-US/domain';
import assessment from './en-US/assessment';
import tickets from './en-US/tickets';

export default { ...app, ...domain, ...assessment, ...tickets };
