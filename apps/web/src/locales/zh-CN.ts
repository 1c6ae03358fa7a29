import app from './zh-CN/app';
import domain from './zh-CN/domain';

/** Chinese, the default language. One module per feature under zh-CN/ (Ant Design Pro's layout). */
export default { ...app, ...domain } as const;
