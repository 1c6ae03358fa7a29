import { type ComponentType, createElement, lazy } from 'react';

/** A screen whose code is its own chunk, that can be asked for before it is rendered. */
export interface PreloadableComponent {
  (props: object): ReturnType<typeof createElement>;
  /** Fetches and evaluates the chunk; once it has resolved, rendering does not suspend. */
  preload(): Promise<unknown>;
}

/**
 * `React.lazy`, except that a chunk already loaded renders at once. `lazy` suspends on its first
 * render even when the module has arrived, and React 19 holds a revealed Suspense boundary back
 * for up to 300 ms after its fallback was shown, so a frame and a screen that each suspend cost
 * two such waits before anything is on screen. Preloaded, they render in the first commit.
 */
export function preloadable(load: () => Promise<{ default: ComponentType }>): PreloadableComponent {
  let loaded: ComponentType | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined; // a chunk that failed to arrive is asked for again next time
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  const Screen = (props: object) => createElement(loaded ?? Lazy, props);
  Screen.preload = preload;
  return Screen;
}
