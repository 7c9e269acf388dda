import openapiTS, { astToString } from 'openapi-typescript';
import { servedOpenApiDocument } from '../http/openapi-document.ts';

export const API_TYPES_FILE = 'src/platform/testing/api-types.generated.ts';

const HEADER =
  '// Generated from /api/v1/openapi.json by `npm run api:types`; do not edit.\n' +
  '// A test fails when the routes and this file disagree: regenerate and commit it.\n\n';

/** TypeScript types for every path and schema of the API, as the served document describes them. */
export async function generateApiTypes(): Promise<string> {
  const document = await servedOpenApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
