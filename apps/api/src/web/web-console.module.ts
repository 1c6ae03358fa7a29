import { type DynamicModule, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Express, NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/**
 * Paths that are not the console's: the API, its documents, the health probe, and the hashed
 * assets (a missing one is a 404, not index.html served as a script). Every other GET is a
 * client-side route and answers index.html. Case-insensitive, as Express's routing is.
 */
export const NOT_THE_CONSOLE = /^\/(api|docs|docs-json|health|assets)(\/|$)/i;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The page `/` answers when the console was not built (the API started on its own). */
export const NOT_BUILT = (root: string) =>
  `The web console is not built: ${join(root, 'index.html')} is missing.\n` +
  'Build it with `npm run build:web` (`npm start` does it for you), then restart the server.\n' +
  'The API works meanwhile: /api, /docs, /health.\n';

/** Whether WEB_ROOT holds a build (its index.html). */
export const webConsoleBuilt = (webRoot: string): boolean => existsSync(join(resolve(webRoot), 'index.html'));

/**
 * Serves the built web console (`npm run build:web`, in WEB_ROOT) at `/`. Vite names the
 * files under `assets/` by their content's hash, so they are cached for a year; index.html
 * (which names them) is revalidated on every load, so a new build is picked up at once.
 * Registered after the API's routes (in onModuleInit), so those keep answering as before.
 */
@Module({})
export class WebConsoleModule {
  static forRoot(webRoot: string): DynamicModule {
    const root = resolve(webRoot);
    if (!webConsoleBuilt(root)) {
      return { module: WebConsoleModule, providers: [{ provide: 'WEB_ROOT', useValue: root }, NotBuiltPage] };
    }
    const assets = join(root, 'assets') + sep;
    return {
      module: WebConsoleModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: root,
          exclude: NOT_THE_CONSOLE,
          serveStaticOptions: {
            setHeaders: (res: Response, path: string) => res.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : 'no-cache'),
          },
        }),
      ],
    };
  }
}

/** Without a build, the console's paths say how to make one; the API is unaffected. */
@Injectable()
class NotBuiltPage implements OnModuleInit {
  constructor(
    private readonly adapter: HttpAdapterHost,
    @Inject('WEB_ROOT') private readonly root: string,
  ) {}

  onModuleInit(): void {
    const express = this.adapter.httpAdapter.getInstance<Express>();
    express.get('{*any}', (req: Request, res: Response, next: NextFunction) => {
      if (NOT_THE_CONSOLE.test(req.path)) return next();
      res.status(503).type('text/plain').set('Cache-Control', 'no-cache').send(NOT_BUILT(this.root));
    });
  }
}
