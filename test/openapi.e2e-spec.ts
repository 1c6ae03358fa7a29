import type { OpenAPIObject } from '@nestjs/swagger';
import { Spectral } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { CLIENT_TYPES_PATH, renderClientTypes } from '../apps/api/src/openapi/client-types.js';
import { type TestApp, TestStack } from './harness.js';

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
          if (Number(status) >= 400 && !response.content) problems.push(`${name}: ${status} has no body schema`);
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
});
