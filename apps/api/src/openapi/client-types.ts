import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where `npm run api:generate` writes the console's typed client, relative to the repository. */
export const CLIENT_TYPES_PATH = 'apps/web/src/api/schema.d.ts';

/**
 * The TypeScript types of the API for the console's openapi-fetch client, generated from the
 * OpenAPI document by openapi-typescript. The drift test generates them the same way from the
 * live /docs-json and compares them with the committed file.
 */
export async function renderClientTypes(document: OpenAPIObject): Promise<string> {
  // openapi-typescript reads the document as given; a copy keeps the caller's object intact.
  const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3);
  return astToString(ast);
}
