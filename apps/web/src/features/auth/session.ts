import type { components } from '@/api/schema';

export type SessionUser = components['schemas']['UserView'];
export type Role = SessionUser['role'];
interface Stored {
  token: string;
  user: SessionUser;
}

const KEY = 'whistle.session';
const RETURN_KEY = 'whistle.returnTo';
const listeners = new Set<() => void>();
let current: Stored | null = read();
let expired = false;

function read(): Stored | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const listener of listeners) listener();
}

/**
 * Who is logged in. The token lives in this browser's storage only: never in a URL; logging
 * out (or a 401) forgets it.
 */
export const session = {
  token: () => current?.token ?? null,
  user: () => current?.user ?? null,
  /** True once a request was refused with 401 (the login page says why). */
  wasExpired: () => expired,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(token: string, user: SessionUser) {
    current = { token, user };
    expired = false;
    localStorage.setItem(KEY, JSON.stringify(current));
    emit();
  },
  end() {
    current = null;
    localStorage.removeItem(KEY);
    emit();
  },
  /** The API said 401: remember where the user was, forget the token. */
  expire() {
    if (!current) return;
    sessionStorage.setItem(RETURN_KEY, location.pathname + location.search);
    expired = true;
    session.end();
  },
  /** Where to go after logging in: where a 401 interrupted the user, once. */
  takeReturnPath(): string | null {
    const path = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
  },
  rememberReturnPath(path: string) {
    sessionStorage.setItem(RETURN_KEY, path);
  },
};
