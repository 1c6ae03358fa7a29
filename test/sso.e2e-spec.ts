import request from 'supertest';
import { ADMIN, type Org, PASSWORD, seedOrganisation, type TestApp, TestStack } from './harness.js';
import { OIDC_CLIENT, TestIdentityProvider } from './oidc-provider.js';

/**
 * Single sign-on (issue 15, part 5) against a real OpenID Connect provider started here: the
 * authorization code flow with PKCE (the provider refuses a login without it), the claim mapped
 * to an existing user, and the ways a login is refused.
 */
describe(`single sign-on through the park's identity provider (${TestStack.mode} database)`, () => {
  let idp: TestIdentityProvider;
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let base: string;

  beforeAll(async () => {
    idp = await TestIdentityProvider.listen();
    stack = await TestStack.create({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: OIDC_CLIENT.clientId, OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret });
    app = await stack.start();
    base = `http://${app.address}`;
    idp.register(`${base}/api/auth/oidc/callback`, { 'zhang.san': { preferred_username: 'acme', name: '张三' } });
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
    await idp?.close();
  });

  it('signs a person in with the account their claim names, and sends them where they were going', async () => {
    const browser = new Browser();
    const landed = await browser.signIn(`${base}/api/auth/oidc/login?returnTo=%2Forders%3Fstate%3Dnew`, 'supervisor');
    expect(landed.pathname).toBe('/login/sso');
    expect(landed.searchParams.get('returnTo')).toBe('/orders?state=new');
    const session = await browser.fetch(`${base}/api/auth/oidc/session`, { method: 'POST' });
    expect(session.status).toBe(200);
    const body = (await session.json()) as { accessToken: string; user: { username: string; role: string; mustChangePassword: boolean } };
    expect(body.user).toMatchObject({ username: 'supervisor', role: 'supervisor', mustChangePassword: false });
    expect((await request(app.http).get('/api/auth/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200)).body.username).toBe('supervisor');
    // Taken once: the cookie is gone.
    expect((await browser.fetch(`${base}/api/auth/oidc/session`, { method: 'POST' })).status).toBe(401);
    await request(app.http).post('/api/auth/oidc/session').expect(401);

    // Another person whose preferred_username the provider gives as acme.
    const other = new Browser();
    expect((await other.signIn(`${base}/api/auth/oidc/login`, 'zhang.san')).searchParams.get('returnTo')).toBe('/');
    expect(((await (await other.fetch(`${base}/api/auth/oidc/session`, { method: 'POST' })).json()) as { user: { username: string } }).user.username).toBe('acme');
  });

  it('never sends anyone to another site after the login', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/api/users']) {
      const landed = await new Browser().signIn(`${base}/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, 'supervisor');
      expect(landed.searchParams.get('returnTo')).toBe('/');
    }
  });

  it('refuses a person with no active account here, without creating one', async () => {
    const stranger = await new Browser().signIn(`${base}/api/auth/oidc/login`, 'stranger');
    expect(`${stranger.pathname}${stranger.search}`).toBe('/login?sso=no_account');
    expect(((await org.admin.get('/api/users').expect(200)).body as { username: string }[]).some((u) => u.username === 'stranger')).toBe(false);

    const retired = (await org.admin.post('/api/users', { username: 'retired.sso', password: PASSWORD, role: 'supervisor' }).expect(201)).body as { id: string };
    await org.admin.patch(`/api/users/${retired.id}`, { active: false }).expect(200);
    const refused = await new Browser().signIn(`${base}/api/auth/oidc/login`, 'retired.sso');
    expect(`${refused.pathname}${refused.search}`).toBe('/login?sso=no_account');
  });

  it('lets a user with a one-time password in without it, while the password login still asks to change it', async () => {
    const user = (await org.admin.post('/api/users', { username: 'sso.fresh', password: PASSWORD, role: 'supervisor' }).expect(201)).body as { id: string };
    const { oneTimePassword } = (await org.admin.post(`/api/users/${user.id}/reset-password`).expect(200)).body as { oneTimePassword: string };
    const browser = new Browser();
    await browser.signIn(`${base}/api/auth/oidc/login`, 'sso.fresh');
    const { accessToken } = (await (await browser.fetch(`${base}/api/auth/oidc/session`, { method: 'POST' })).json()) as { accessToken: string };
    expect((await request(app.http).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(200)).body.mustChangePassword).toBe(false);
    await request(app.http).get('/api/tickets').set('Authorization', `Bearer ${accessToken}`).expect(200);

    const withPassword = await request(app.http).post('/api/auth/login').send({ username: 'sso.fresh', password: oneTimePassword }).expect(200);
    await request(app.http).get('/api/tickets').set('Authorization', `Bearer ${withPassword.body.accessToken}`).expect(403);

    // A token from a single sign-on ends like any other: retiring the user stops it at once.
    await org.admin.patch(`/api/users/${user.id}`, { active: false }).expect(200);
    await request(app.http).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`).expect(401);
  });

  it('refuses a callback it did not start, a replayed one, and one whose state was changed', async () => {
    const browser = new Browser();
    const callback = await browser.untilCallback(`${base}/api/auth/oidc/login`, 'supervisor');
    // Another browser (no login cookie) arriving with the code.
    const stolen = await new Browser().fetch(callback.href);
    expect(stolen.headers.get('location')).toBe('/login?sso=failed');
    // The state changed on the way.
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state');
    expect((await browser.fetch(forged.href)).headers.get('location')).toBe('/login?sso=failed');
    // The login cookie is used up by the first arrival, even a failed one: the real callback now fails too.
    expect((await browser.fetch(callback.href)).headers.get('location')).toBe('/login?sso=failed');

    const again = new Browser();
    const first = await again.untilCallback(`${base}/api/auth/oidc/login`, 'supervisor');
    expect((await again.fetch(first.href)).headers.get('location')).toMatch(/^\/login\/sso\?/);
    expect((await again.fetch(first.href)).headers.get('location')).toBe('/login?sso=failed');
  });

  it('keeps the password login for everyone else', async () => {
    await request(app.http).post('/api/auth/login').send(ADMIN).expect(200);
    expect((await request(app.http).get('/api/meta').expect(200)).body.singleSignOn).toBe(true);
  });
});

describe(`single sign-on when it is not configured (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('sends the browser back to the login page, which offers only the password', async () => {
    const res = await request(app.http).get('/api/auth/oidc/login').expect(302);
    expect(res.headers.location).toBe('/login?sso=not_configured');
    expect((await request(app.http).get('/api/meta').expect(200)).body.singleSignOn).toBe(false);
    expect((await request(app.http).get('/api/auth/oidc/callback?code=x&state=y').expect(302)).headers.location).toBe('/login?sso=not_configured');
  });
});

/**
 * A browser as far as a login needs one: cookies per origin, redirects followed by hand, and the
 * provider's sign-in form filled in (the login typed, any password).
 */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin } = new URL(url);
    const cookies = [...(this.jar.get(origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookies ? { cookie: cookies } : {}) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const jar = this.jar.get(origin) ?? new Map<string, string>();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name!.trim());
      else jar.set(name!.trim(), value.join('='));
      this.jar.set(origin, jar);
    }
    return response;
  }

  /** From the login start to the provider's redirect back to the app's callback (not followed). */
  async untilCallback(start: string, login: string): Promise<URL> {
    const appOrigin = new URL(start).origin;
    let url = start;
    for (let hop = 0; hop < 20; hop++) {
      const response = await this.fetch(url);
      if (response.status >= 300 && response.status < 400) {
        const next = new URL(response.headers.get('location')!, url);
        if (next.origin === appOrigin && next.pathname === '/api/auth/oidc/callback') return next;
        if (next.origin === appOrigin && !next.pathname.startsWith('/api/auth/oidc/')) throw new Error(`back at the app without a callback: ${next.href}`);
        url = next.href;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]*\/interaction\/[^"]+)"/.exec(html)?.[1];
      if (response.status !== 200 || !action) throw new Error(`the provider answered ${response.status}: ${html.slice(0, 300)}`);
      const posted = await this.fetch(new URL(action, url).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login, password: 'any password' }).toString(),
      });
      url = new URL(posted.headers.get('location')!, url).href;
    }
    throw new Error('too many redirects');
  }

  /** The whole login: where the app finally sends the browser (the console's /login/sso or /login?sso=…). */
  async signIn(start: string, login: string): Promise<URL> {
    const callback = await this.untilCallback(start, login);
    const response = await this.fetch(callback.href);
    return new URL(response.headers.get('location')!, callback);
  }
}
