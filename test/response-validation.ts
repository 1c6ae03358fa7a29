import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';

/**
 * Checks every response a test receives through supertest against the OpenAPI document of
 * the app that answered it: its status must be declared for the route's path template and
 * method, its body must match that status's schema (JSON), or its content type one that the
 * status declares (CSV, XLSX). A path the document does not have must be the API's JSON 404.
 *
 * OpenAPI 3.0 schemas are read strictly: `nullable` lets null through only beside a `type`,
 * an enum must list null itself, and an object with `properties` has no others unless it says
 * `additionalProperties` (a field the document does not name is a drift too).
 */
/** What the check reads of a response. */
export type Answer = Pick<request.Response, 'status' | 'headers' | 'body' | 'text'>;

export class ResponseValidator {
  private static readonly byText = new Map<string, ResponseValidator>();
  private readonly ajv: Ajv;
  private readonly routes: Array<{ template: string; pattern: RegExp; literals: number }>;
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(private readonly document: OpenAPIObject) {
    this.ajv = new Ajv({ allErrors: true, strict: false });
    (formatsPlugin as unknown as { default: (ajv: Ajv) => void }).default(this.ajv);
    this.ajv.addSchema({ components: { schemas: toJsonSchema(document.components?.schemas ?? {}, true) } }, 'openapi');
    this.routes = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+')}/?$`, 'i'),
        literals: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
      }))
      .sort((a, b) => b.literals - a.literals);
  }

  /** One validator per distinct document: its schemas compile once, on first use. */
  static for(document: OpenAPIObject): ResponseValidator {
    const text = JSON.stringify(document);
    let validator = ResponseValidator.byText.get(text);
    if (!validator) ResponseValidator.byText.set(text, (validator = new ResponseValidator(document)));
    return validator;
  }

  /** What is wrong with the response, or null when the document declares it. */
  check(method: string, url: string, response: Answer): string | null {
    // The path as sent: the server sees `/api/rectifications/./report` with its dot segment (the
    // route's :id is "."), where URL parsing would resolve it to a path no route has.
    const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] || '/';
    const what = `${method} ${path} answered ${response.status}`;
    const route = this.routes.find((r) => r.pattern.test(path) && (this.document.paths[r.template] as Record<string, unknown>)[method.toLowerCase()]);
    if (!route) {
      if (!/^\/api(\/|$)/i.test(path)) return null; // /docs, the console's files: not the API's
      // Node refuses a request head over 16 kB before any route is looked up, on any path.
      if (response.status === 431 && isEmpty(response)) return null;
      if (response.status !== 404) return `${what}, but the OpenAPI document has no ${method} ${path}`;
      return this.checkBody(`${what} (no such route)`, 'ErrorResponse', { $ref: '#/components/schemas/ErrorResponse' }, response);
    }
    const operation = (this.document.paths[route.template] as Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>)[method.toLowerCase()]!;
    const declared = operation.responses[String(response.status)] ?? operation.responses.default;
    if (!declared) {
      return `${what}: the OpenAPI document declares only ${Object.keys(operation.responses).join(', ')} for ${method} ${route.template}\n${brief(response)}`;
    }
    const content = declared.content ?? {};
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (Object.keys(content).length === 0) {
      return isEmpty(response) ? null : `${what}: the document declares no body for ${method} ${route.template} ${response.status}, got ${contentType}\n${brief(response)}`;
    }
    const media = content[contentType];
    if (!media) return `${what}: content type ${contentType || '(none)'} is not one of ${Object.keys(content).join(', ')}\n${brief(response)}`;
    if (!/json/.test(contentType) || !media.schema) return null;
    return this.checkBody(what, `${method.toLowerCase()} ${route.template} ${response.status}`, media.schema, response);
  }

  private checkBody(what: string, key: string, schema: object, response: Answer): string | null {
    let validate = this.compiled.get(key);
    if (!validate) this.compiled.set(key, (validate = this.ajv.compile(toJsonSchema(schema) as object)));
    if (validate(response.body)) return null;
    return `${what}, a body the OpenAPI document does not declare:\n${formatErrors(validate.errors ?? [])}\n${brief(response)}`;
  }
}

const SCHEMA_MAPS = new Set(['properties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMAS = new Set(['items', 'not', 'additionalProperties']);
const OPENAPI_ONLY = new Set(['nullable', 'example', 'examples', 'xml', 'externalDocs', 'discriminator', 'deprecated', 'name']);

/** An OpenAPI 3.0 schema (or a map of them, `top`) as JSON Schema for Ajv. */
function toJsonSchema(schema: unknown, top = false): unknown {
  if (top) return Object.fromEntries(Object.entries(schema as Record<string, unknown>).map(([k, v]) => [k, convert(v)]));
  return convert(schema);
}

function convert(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s)) {
    if (OPENAPI_ONLY.has(key)) continue;
    if (key === '$ref') out.$ref = String(value).replace(/^#\/components/, 'openapi#/components');
    else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, convert(v)]));
    else if (SCHEMA_LISTS.has(key)) out[key] = (value as unknown[]).map(convert);
    else if (SCHEMAS.has(key)) out[key] = typeof value === 'object' ? convert(value) : value;
    else out[key] = value;
  }
  if (s.nullable === true && typeof s.type === 'string') out.type = [s.type, 'null'];
  if (s.properties && !('additionalProperties' in s)) out.additionalProperties = false;
  return out;
}

function isEmpty(response: Answer): boolean {
  return response.text === undefined || response.text === '';
}

function formatErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 12)
    .map((e) => `  ${e.instancePath || '(body)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('\n');
}

function brief(response: Answer): string {
  const body = response.text ?? JSON.stringify(response.body);
  return `  body: ${String(body).slice(0, 600)}`;
}

/** Validators of the apps tests are talking to, by `host:port`. */
const validators = new Map<string, ResponseValidator>();

export function validateResponsesOf(address: string, document: OpenAPIObject): void {
  validators.set(address, ResponseValidator.for(document));
}

export function stopValidating(address: string): void {
  validators.delete(address);
}

/** Every supertest assertion (`.expect`, `.end`, `await`) first checks the response against the document. */
type Assert = (this: request.Test, error: unknown, response: request.Response | undefined, done?: (error: unknown, response?: request.Response) => void) => void;
const prototype = (request as unknown as { Test: { prototype: { assert: Assert; __validating?: boolean } } }).Test.prototype;
if (!prototype.__validating) {
  const assert = prototype.assert;
  prototype.assert = function (this: request.Test & { method: string; url: string }, error, response, done) {
    if (response) {
      let problem: string | null | undefined;
      try {
        problem = validators.get(new URL(this.url).host)?.check(this.method, this.url, response);
      } catch (failure) {
        problem = `${this.method} ${this.url}: the response could not be checked: ${(failure as Error).stack}`;
      }
      if (problem) return done?.call(this, new Error(`OpenAPI: ${problem}`), response);
    }
    return assert.call(this, error, response, done);
  };
  prototype.__validating = true;
}
