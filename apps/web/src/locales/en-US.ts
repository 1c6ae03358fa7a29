import app from './en-US/app';
import domain from './en-US/domain';

export default { ...app, ...domain };
