import app from './en-US/app';
import domain from './en-US/domain';
import tickets from './en-US/tickets';

export default { ...app, ...domain, ...tickets };
