import type { OpenAPIObject } from '@nestjs/swagger';
import { Spectral } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { CLIENT_TYPES_PATH, renderClientTypes } from '../apps/api/src/openapi/client-types.js';
import { type TestApp, TestStack } from './harness.js';
import { type Answer, ResponseValidator } from './response-validation.js';

const SEVERITY = ['error', 'warning', 'info', 'hint'];

/**
 * The OpenAPI document as /docs-json serves it: clean under Spectral's `spectral:oas` ruleset,
 * and the console's generated client (apps/web/src/api/schema.d.ts) generated from it.
 * (That every response matches it is checked by the harness, in every e2e test.)
 */
describe(`the OpenAPI document (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let document: OpenAPIObject;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start({ PROCESS_ROLE: 'api' });
    document = (await request(app.http).get('/docs-json').expect(200)).body as OpenAPIObject;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('has no error or warning under spectral:oas', async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] });
    const results = await spectral.run(JSON.stringify(document));
    const problems = results
      .filter((result) => result.severity <= 1)
      .map((result) => `${SEVERITY[result.severity]} ${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(problems).toEqual([]);
  });

  it('declares every operation with a description, a declared tag and typed error answers', () => {
    const tags = new Set((document.tags ?? []).map((tag) => tag.name));
    const problems: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { description?: string; tags?: string[]; responses: Record<string, { content?: unknown }> }>)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!operation.description?.trim()) problems.push(`${name}: no description`);
        for (const tag of operation.tags ?? []) if (!tags.has(tag)) problems.push(`${name}: tag "${tag}" is not declared`);
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400 && status !== '431' && !response.content) problems.push(`${name}: ${status} has no body schema`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is what the committed typed client was generated from', async () => {
    const committed = (await readFile(CLIENT_TYPES_PATH, 'utf8')).replace(/\r\n/g, '\n');
    const generated = await renderClientTypes(document);
    if (committed !== generated) {
      const committedLines = committed.split('\n');
      const generatedLines = generated.split('\n');
      const first = generatedLines.findIndex((line, i) => line !== committedLines[i]);
      throw new Error(
        `${CLIENT_TYPES_PATH} is out of date with /docs-json: run \`npm run api:generate\` and commit it.\n` +
          `First difference at line ${first + 1}:\n  committed: ${committedLines[first] ?? '(end of file)'}\n  generated: ${generatedLines[first] ?? '(end of file)'}`,
      );
    }
  });

  it('lets the harness refuse what the document does not declare', () => {
    const validator = ResponseValidator.for(document);
    const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body, text: JSON.stringify(body) }) as Answer;
    const error = { statusCode: 404, error: 'not_found', message: 'ticket not found' };
    const id = '/api/tickets/5b0f6a4e-6a8e-4a39-9d27-0c6f3c1f2d11';
    expect(validator.check('GET', id, json(404, error))).toBeNull();
    expect(validator.check('GET', id, json(418, error))).toMatch(/declares only/);
    expect(validator.check('GET', id, json(200, {}))).toMatch(/must have required property 'id'/);
    expect(validator.check('GET', id, json(404, { ...error, secret: 1 }))).toMatch(/must NOT have additional properties/);
    expect(validator.check('GET', '/api/no-such-route', json(404, { statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/no-such-route' }))).toBeNull();
    expect(validator.check('GET', '/api/no-such-route', json(200, {}))).toMatch(/has no GET/);
  });

  it('reads nullable strictly: null passes `nullable` beside a type, not beside a $ref', () => {
    const schemas = { View: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } };
    const property = (schema: object) =>
      ({
        openapi: '3.0.0',
        info: { title: 't', version: '1' },
        paths: { '/api/x': { get: { responses: { 200: { description: '', content: { 'application/json': { schema: { type: 'object', properties: { v: schema } } } } } } } } },
        components: { schemas },
      }) as unknown as OpenAPIObject;
    const answer = (v: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: { v }, text: '' }) as Answer;
    const ref = { $ref: '#/components/schemas/View' };
    expect(ResponseValidator.for(property({ nullable: true, type: 'object', allOf: [ref] })).check('GET', '/api/x', answer(null))).toMatch(/must be object/);
    expect(ResponseValidator.for(property({ oneOf: [ref, { enum: [null] }] })).check('GET', '/api/x', answer(null))).toBeNull();
    expect(ResponseValidator.for(property({ oneOf: [ref, { enum: [null] }] })).check('GET', '/api/x', answer({ a: 'x' }))).toBeNull();
    expect(ResponseValidator.for(property({ type: 'string', enum: ['a'], nullable: true })).check('GET', '/api/x', answer(null))).toMatch(/allowed values/);
    expect(ResponseValidator.for(property({ type: 'string', nullable: true })).check('GET', '/api/x', answer(null))).toBeNull();
  });
});
