import type autocannon from 'autocannon';

let addresses = 0;

/**
 * The client address of the next request, told to the service in `X-Forwarded-For` (it trusts a
 * proxy on loopback, as behind nginx on the same host). A zone's users come from many addresses,
 * so the bench spreads its requests over 4,096 of them and the service keeps its default rate
 * limits (`THROTTLE_LIMIT` a minute per address). From one address and with the limit lifted,
 * the in-memory limiter's list of hits for that address grows with the request rate, and
 * filtering it on every request cost up to 16 % of the API's CPU: a cost of the bench, not of a
 * deployment.
 */
export function clientAddress(): string {
  const n = addresses++ & 4095;
  return `10.0.${n >> 8}.${n & 255}`;
}

/** Autocannon's `requests` for GETs of the run's URL with `token`, each from the next address. */
export function readsAs(token: string): autocannon.Request[] {
  return [
    {
      method: 'GET',
      setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${token}`, 'x-forwarded-for': clientAddress() } }),
    },
  ];
}

/** A thin JSON client for setting the bench up through the public API. */
export class Api {
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  async call<T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  async login(username: string, password: string): Promise<string> {
    return (await this.call<{ accessToken: string }>('POST', '/auth/login', undefined, { username, password })).accessToken;
  }

  async healthy(): Promise<boolean> {
    const response = await fetch(new URL('/health', this.base));
    return response.ok;
  }
}

export const PASSWORD = 'bench-password-1';

/** Who drives the lifecycle: per chain a dispatcher and enterprises; departments with staff. */
export interface Organisation {
  admin: string;
  supervisor: string;
  chains: { id: string; code: string; dispatcher: string; enterprises: { id: string; token: string }[] }[];
  departments: { id: string; code: string; staff: string }[];
}

const CHAINS = ['PHARMA', 'EQUIP', 'FOOD', 'POWER'];
const DEPARTMENTS = ['FIN', 'HRSS', 'LAND', 'APPROVAL', 'TRANSPORT', 'TECH'];
const ENTERPRISES_PER_CHAIN = 6;

/** DOMAIN.md's Changde zone: four chains, six departments, six enterprises per chain. */
export async function seedOrganisation(api: Api, adminPassword: string): Promise<Organisation> {
  const admin = await api.login('admin', adminPassword);
  const user = (body: Record<string, unknown>) => api.call<{ id: string }>('POST', '/users', admin, { password: PASSWORD, ...body });
  const departments: Organisation['departments'] = [];
  for (const code of DEPARTMENTS) {
    const leader = await user({ username: `leader.${code.toLowerCase()}`, role: 'leader' });
    const department = await api.call<{ id: string }>('POST', '/departments', admin, { code, name: `区${code}局`, leaderUserId: leader.id });
    await user({ username: `${code.toLowerCase()}.staff`, role: 'department', departmentId: department.id });
    departments.push({ id: department.id, code, staff: await api.login(`${code.toLowerCase()}.staff`, PASSWORD) });
  }
  await user({ username: 'supervisor', role: 'supervisor' });
  const chains: Organisation['chains'] = [];
  for (const code of CHAINS) {
    const chain = await api.call<{ id: string }>('POST', '/chains', admin, { code, name: `${code}产业链` });
    await user({ username: `${code.toLowerCase()}.dispatch`, role: 'dispatcher', chainId: chain.id });
    const enterprises: Organisation['chains'][number]['enterprises'] = [];
    for (let i = 1; i <= ENTERPRISES_PER_CHAIN; i++) {
      const tier = i === 1 ? 'leader' : i <= 3 ? 'core' : 'member';
      const enterprise = await api.call<{ id: string }>('POST', '/enterprises', admin, { name: `${code}企业${i}`, chainId: chain.id, tier });
      await user({ username: `${code.toLowerCase()}.e${i}`, role: 'enterprise', enterpriseId: enterprise.id });
      enterprises.push({ id: enterprise.id, token: await api.login(`${code.toLowerCase()}.e${i}`, PASSWORD) });
    }
    chains.push({ id: chain.id, code, dispatcher: await api.login(`${code.toLowerCase()}.dispatch`, PASSWORD), enterprises });
  }
  return { admin, supervisor: await api.login('supervisor', PASSWORD), chains, departments };
}
