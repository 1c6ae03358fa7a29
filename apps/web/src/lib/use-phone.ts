import { useSyncExternalStore } from 'react';

/**
 * Below Ant Design's `md` breakpoint (768 px): a phone, which gets lists of cards, pick lists
 * instead of tabs and a menu that slides in. Read from the media query as the screen renders:
 * antd's `Grid.useBreakpoint()` knows the width only after its first effect, so every screen
 * rendered twice, first in its phone shape, before a wide screen showed its table.
 */
const PHONE = '(max-width: 767.98px)';
const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(PHONE) : null;

function subscribe(onChange: () => void): () => void {
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, () => media?.matches ?? false, () => false);
}
