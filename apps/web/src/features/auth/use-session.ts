import { useSyncExternalStore } from 'react';
import { session, type SessionUser } from './session';

export function useSessionUser(): SessionUser | null {
  return useSyncExternalStore(session.subscribe, session.user);
}
