import { createServer } from 'node:http';
import { text } from 'node:stream/consumers';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { percentiles } from '../lib/stats.ts';

export interface WebhookReceiver {
  url: string;
  /** Verifies every delivery from now on with the endpoint's secret (the official verifier). */
  verifyWith(secret: string): void;
  stats(): { received: number; distinct: number; badSignatures: number; lagMs: ReturnType<typeof percentiles> | null };
  close(): Promise<void>;
}

/**
 * A receiver in the bench's own process, as a subscriber to everything would be: it verifies
 * each signature with `standardwebhooks`, answers 200, and keeps each delivery's lag, from the
 * event's moment (the body's timestamp) to its arrival. Its CPU is the load generator's.
 */
export async function webhookReceiver(): Promise<WebhookReceiver> {
  let verifier: Webhook | null = null;
  let received = 0;
  let badSignatures = 0;
  const ids = new Set<string>();
  const lags: number[] = [];
  const server = createServer(async (req, res) => {
    const body = await text(req);
    received++;
    try {
      verifier?.verify(body, req.headers as Record<string, string>);
      ids.add(String(req.headers['webhook-id']));
      lags.push(Date.now() - Date.parse((JSON.parse(body) as { timestamp: string }).timestamp));
      res.writeHead(200).end();
    } catch {
      badSignatures++;
      res.writeHead(401).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/bench`,
    verifyWith: (secret) => (verifier = new Webhook(secret)),
    stats: () => ({ received, distinct: ids.size, badSignatures, lagMs: lags.length > 0 ? percentiles(lags) : null }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
