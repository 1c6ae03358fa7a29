/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// oidc-provider ships no types: what is used here is typed below.
// @ts-expect-error no declaration file for oidc-provider
import Provider from 'oidc-provider';

// oidc-provider explains its development defaults on the console (an in-memory adapter, its own
// keys, its sign-in form): all expected here, and noise in the tests' output.
for (const level of ['info', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider ')) return;
    original(...args);
  };
}

export const OIDC_CLIENT = { clientId: 'whistle-console', clientSecret: 'whistle-test-client-secret-of-some-length' };

/** The claims of a person at the identity provider, by the login typed at its sign-in form. */
export type People = Record<string, Record<string, string>>;

interface OidcContext {
  oidc: { client: { clientId: string }; session: { accountId: string; grantIdFor(clientId: string): string | undefined }; result?: { consent?: { grantId?: string } }; provider: { Grant: GrantClass } };
}
interface GrantClass {
  new (init: { clientId: string; accountId: string }): { addOIDCScope(scope: string): void; save(): Promise<string> };
  find(id: string): Promise<unknown>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package, the certified one) on a port of
 * its own, standing in for a park's 统一身份认证. Its sign-in form is the package's development
 * form (any password); `people` gives each login its claims (default: preferred_username = the
 * login). Consent is taken as given (a first-party client). The issuer is known before the app
 * starts (`listen`); the client, with the app's callback, is registered after (`register`).
 */
export class TestIdentityProvider {
  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async listen(): Promise<TestIdentityProvider> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new TestIdentityProvider(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  /** Starts answering, for a client whose callback is `redirectUri`. */
  register(redirectUri: string, people: People = {}): void {
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: OIDC_CLIENT.clientId,
          client_secret: OIDC_CLIENT.clientSecret,
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ['sub'], profile: ['preferred_username', 'name', 'employee_no'] },
      cookies: { keys: ['test-identity-provider-cookie-key'] },
      features: { devInteractions: { enabled: true } },
      async findAccount(_ctx: unknown, sub: string) {
        return { accountId: sub, claims: async () => ({ sub, preferred_username: sub, ...(people[sub] ?? {}) }) };
      },
      async loadExistingGrant(ctx: OidcContext) {
        const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid profile');
        await grant.save();
        return grant;
      },
    });
    this.server.removeAllListeners('request');
    this.server.on('request', provider.callback());
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
