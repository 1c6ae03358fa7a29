import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@whistle/config';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { Webhook } from 'standardwebhooks';

/** How much of a receiver's answer is kept with the delivery. */
export const RESPONSE_KEPT_BYTES = 1024;

/** A new signing secret, as Standard Webhooks has them: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** `webhook-signature`: one `v1,<base64>` for each secret (the new one, and during a rotation's overlap the old). */
export function signature(secrets: string[], msgId: string, at: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(msgId, at, body)).join(' ');
}

export interface Attempt {
  /** The HTTP status; null when no answer came (refused address, connection error, timeout). */
  status: number | null;
  durationMs: number;
  /** The first RESPONSE_KEPT_BYTES of the answer's body. */
  response: string | null;
  error: string | null;
  /** Seconds asked for by Retry-After (a number of seconds or an HTTP date). */
  retryAfterSeconds: number | null;
}

/**
 * Sends one delivery, as Standard Webhooks says: a POST of the JSON body with `webhook-id`,
 * `webhook-timestamp` (the attempt's, in seconds) and `webhook-signature`. Redirects are not
 * followed (a 3xx is a failed attempt); the whole exchange has WEBHOOK_TIMEOUT. The connection
 * goes through request-filtering-agent, which refuses a private, loopback or link-local address
 * as it connects (the address DNS gave then, not when the URL was saved), unless
 * WEBHOOK_ALLOW_PRIVATE.
 */
@Injectable()
export class WebhookSender {
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly timeoutMs: number;

  constructor(config: AppConfig) {
    const options = { allowPrivateIPAddress: config.webhooks.allowPrivate, keepAlive: true, maxSockets: 4 };
    this.agents = { http: new RequestFilteringHttpAgent(options), https: new RequestFilteringHttpsAgent(options) };
    this.timeoutMs = config.webhooks.timeoutMs;
  }

  send(url: string, headers: Record<string, string>, body: string): Promise<Attempt> {
    const started = performance.now();
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const agent = target.protocol === 'https:' ? this.agents.https : this.agents.http;
    return new Promise<Attempt>((resolve) => {
      const done = (attempt: Omit<Attempt, 'durationMs'>) => resolve({ ...attempt, durationMs: Math.round(performance.now() - started) });
      const request = client.request(
        target,
        {
          method: 'POST',
          agent,
          signal: AbortSignal.timeout(this.timeoutMs),
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'whistle-webhooks/1', ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let kept = 0;
          const finish = () => {
            response.removeAllListeners();
            response.destroy();
            done({
              status: response.statusCode ?? null,
              response: Buffer.concat(chunks).subarray(0, RESPONSE_KEPT_BYTES).toString('utf8'),
              error: null,
              retryAfterSeconds: retryAfter(response.headers['retry-after']),
            });
          };
          response.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            kept += chunk.length;
            if (kept >= RESPONSE_KEPT_BYTES) finish();
          });
          response.on('end', finish);
          response.on('error', finish);
        },
      );
      request.on('error', (error) =>
        done({ status: null, response: null, error: error.name === 'TimeoutError' || error.name === 'AbortError' ? `no answer within ${this.timeoutMs} ms` : error.message, retryAfterSeconds: null }),
      );
      request.end(body);
    });
  }
}

/** Retry-After: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return null;
  if (/^\d+$/.test(text.trim())) return Number(text.trim());
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}
