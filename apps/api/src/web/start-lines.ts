import type { AppConfig } from '@whistle/config';
import { DEMO_PASSWORD } from '../bootstrap/demo.seed.js';
import { webConsoleBuilt } from './web-console.module.js';

/** The last lines of a start: where the console is and who can log in to it. */
export function startLines(config: AppConfig): string[] {
  const url = `http://localhost:${config.port}/`;
  const { username, password } = config.admin;
  return [
    webConsoleBuilt(config.web.root)
      ? `open the console at ${url}`
      : `the web console is not built (no ${config.web.root}/index.html): run npm run build:web, or start with npm start, which builds it; the API is at ${url}api`,
    password
      ? `log in as "${username}" with ADMIN_PASSWORD`
      : `log in as "${username}" with the password shown once in the log when that administrator was created`,
    ...(config.seedDemo ? [`demo users (pharma.e1, pharma.dispatch, fin.staff, leader.wang, supervisor, …) log in with password "${DEMO_PASSWORD}"`] : []),
  ];
}
