import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The console's Content-Security-Policy: its own origin only. Styles also allow inline
 * `<style>` (antd's CSS-in-JS writes its styles at run time, and Swagger UI has an inline
 * block); scripts are the bundle's files and nothing inline. No `upgrade-insecure-requests`:
 * a park's server on plain HTTP inside its network would otherwise ask the browser for its
 * assets over HTTPS and show a blank page.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** helmet's security headers on every response (the API's, the docs', the console's). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  }) as RequestHandler;
}
