import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

const Hello = () => <p>你好</p>;

describe('preloadable screens', () => {
  it('suspends (shows the fallback) while its chunk has not been asked for', () => {
    const Screen = preloadable(() => Promise.resolve({ default: Hello }));
    expect(renderToString(<Suspense fallback={<i>loading</i>}><Screen /></Suspense>)).toContain('loading');
  });

  it('renders at once, in the first pass, once preloaded', async () => {
    let loads = 0;
    const Screen = preloadable(() => {
      loads++;
      return Promise.resolve({ default: Hello });
    });
    await Screen.preload();
    await Screen.preload();
    const html = renderToString(<Suspense fallback={<i>loading</i>}><Screen /></Suspense>);
    expect(html).toContain('<p>你好</p>');
    expect(html).not.toContain('loading');
    expect(loads).toBe(1);
  });

  it('asks again for a chunk that failed to arrive', async () => {
    let loads = 0;
    const Screen = preloadable(() => (++loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Hello })));
    await expect(Screen.preload()).rejects.toThrow('offline');
    await Screen.preload();
    expect(loads).toBe(2);
    expect(renderToString(<Screen />)).toBe('<p>你好</p>');
  });
});
