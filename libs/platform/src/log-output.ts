import type { AppConfig } from '@whistle/config';
import pino, { type DestinationStream, type LogFn, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

/**
 * Nest's module-loading chatter (a line per module, controller and route: ~90 on a start);
 * demoted to debug, so `LOG_LEVEL=debug` still shows it.
 */
const LOADING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);
const INFO = 30;

export function demoteLoadingNoise(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const [first] = args;
  const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
  if (level === INFO && typeof context === 'string' && LOADING_CONTEXTS.has(context)) {
    this.debug(...args);
    return;
  }
  method.apply(this, args);
}

interface LogLine {
  context?: string;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** One readable line per entry: `[context] message`, a request as `GET /path → 200 (3 ms)`. */
function formatMessage(line: LogLine): string {
  const context = line.context ? `[${line.context}] ` : '';
  if (line.req && line.res) {
    return `${context}${line.req.method} ${line.req.url} → ${line.res.statusCode} (${line.responseTime} ms)`;
  }
  return `${context}${line.msg ?? ''}`;
}

/**
 * Where log lines go: readable lines (pino-pretty) when stdout is a terminal or LOG_FORMAT is
 * `pretty`, JSON lines otherwise. Both are written synchronously: on SIGTERM Nest re-raises the
 * signal once closed, and lines still queued in an asynchronous stream (the shutdown's own)
 * would be lost.
 */
export function logDestination(config: AppConfig, stdoutIsTerminal = process.stdout.isTTY === true): DestinationStream {
  const out = pino.destination({ dest: 1, sync: true });
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && stdoutIsTerminal);
  if (!pretty) return out;
  const format = prettyFactory({
    colorize: stdoutIsTerminal,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: (line) => formatMessage(line as LogLine),
  });
  return { write: (line: string) => out.write(format(line)) };
}
