/**
 * A webhook receiver of the tests' own, as a real process (PORT=… node test/webhook-receiver.ts):
 * each endpoint is a path, /hooks/<name>, that verifies every delivery with the official
 * `standardwebhooks` verifier (401 when it does not verify, so the engine would retry and a test
 * would see it) and answers as it was told: ok, fail (500) a number of times and then ok, gone
 * (410), busy (429 with Retry-After), hang (never answers), slow (answers after a second),
 * redirect (302 to its own ok path, which a sender must not follow).
 *
 * Control: PUT /control/<name> {secrets, mode, failures?, retryAfter?}; GET /control/<name>
 * gives what arrived, in order: each attempt with its webhook-id, type, the order and timeline
 * seq it is about, and which secrets verified its signature.
 */
import { createServer } from 'node:http';
import { text } from 'node:stream/consumers';
import { Webhook } from 'standardwebhooks';

type Mode = 'ok' | 'fail' | 'gone' | 'busy' | 'hang' | 'slow' | 'redirect';

interface Hook {
  secrets: string[];
  mode: Mode;
  failures: number;
  retryAfter: number;
  received: Received[];
}

export interface Received {
  id: string;
  type: string;
  ticketId: string | null;
  seq: number | null;
  verified: boolean[];
  status: number;
  at: number;
}

const hooks = new Map<string, Hook>();

const server = createServer(async (req, res) => {
  const [, area, name] = (req.url ?? '').split('/');
  const body = await text(req);
  if (area === 'control' && name) {
    if (req.method === 'PUT') {
      const { secrets, mode = 'ok', failures = 0, retryAfter = 1 } = JSON.parse(body) as Partial<Hook>;
      const hook = hooks.get(name);
      hooks.set(name, { secrets: secrets ?? hook?.secrets ?? [], mode, failures, retryAfter, received: hook?.received ?? [] });
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(hooks.get(name)?.received ?? []));
    return;
  }
  const hook = area === 'hooks' && name ? hooks.get(name) : undefined;
  if (!hook) {
    res.writeHead(404).end('no such hook');
    return;
  }
  const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
  const verified = hook.secrets.map((secret) => {
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch {
      return false;
    }
  });
  let parsed: { type?: string; data?: { ticket?: { id?: string }; event?: { seq?: number } } } = {};
  try {
    parsed = JSON.parse(body);
  } catch {
    // recorded as it came
  }
  const status = !verified.some(Boolean)
    ? 401
    : hook.mode === 'gone'
      ? 410
      : hook.mode === 'busy'
        ? 429
        : hook.mode === 'redirect'
          ? 302
        : hook.mode === 'fail' && hook.failures > 0
          ? 500
          : 200;
  if (hook.mode === 'fail' && status === 500) hook.failures--;
  hook.received.push({ id: headers['webhook-id'], type: parsed.type ?? '', ticketId: parsed.data?.ticket?.id ?? null, seq: parsed.data?.event?.seq ?? null, verified, status, at: Date.now() });
  if (hook.mode === 'hang') return; // never answers; the engine gives up after WEBHOOK_TIMEOUT
  if (hook.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 1000));
  res.writeHead(status, status === 429 ? { 'retry-after': String(hook.retryAfter) } : status === 302 ? { location: `/hooks/${name}-target` } : {}).end(status === 200 ? `received ${headers['webhook-id']}` : `refused: ${status}`);
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`receiver listening on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
