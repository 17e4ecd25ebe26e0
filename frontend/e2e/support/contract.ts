/**
 * Every /api/ answer the browser gets during a journey must match the committed OpenAPI document
 * (backend/src/main/openapi/openapi.json): the operation and status are documented, the media type
 * is declared, and a JSON body validates against the declared schema with ajv (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1). The journeys import `test` from here instead of
 * '@playwright/test'; the check is an automatic fixture, so a violation fails the test that met it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test as base, type Response } from '@playwright/test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const DOCUMENT = resolve(process.cwd(), '../backend/src/main/openapi/openapi.json');

const doc = JSON.parse(readFileSync(DOCUMENT, 'utf8')) as Node;

/** The component schemas under $defs, their references rewritten to match (ajv resolves $defs everywhere). */
function rewrite(value: Json): Json {
  if (typeof value === 'string') {
    return value.startsWith('#/components/schemas/') ? value.replace('#/components/schemas/', '#/$defs/') : value;
  }
  if (Array.isArray(value)) {
    return value.map(rewrite);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
  }
  return value;
}

const defs = rewrite(((doc.components as Node).schemas ?? {}) as Json);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });

const routes = Object.keys(doc.paths as Node)
  .map((template) => ({
    template,
    pattern: new RegExp('^' + template.replace(/\./g, '\\.').replace(/\{[^}/]+\}/g, '[^/]+') + '/?$'),
    variables: (template.match(/\{/g) ?? []).length,
  }))
  // literal segments win over templates: /workers/lookup before /workers/{id}
  .sort((a, b) => a.variables - b.variables || b.template.length - a.template.length);

const compiled = new Map<string, ValidateFunction>();

/** The violations of one answer; empty when it matches the document. */
export function check(method: string, path: string, status: number, contentType: string, body: Buffer): string[] {
  const route = routes.find((r) => r.pattern.test(path));
  if (!route) {
    return status === 404 || status === 405 ? [] : [`no path of the document matches ${path}`];
  }
  const operation = (doc.paths as Node)[route.template] as Node;
  const op = operation[method.toLowerCase()] as Node | undefined;
  if (!op) {
    return status === 405 ? [] : [`the document has no ${method} on ${route.template}`];
  }
  const responses = op.responses as Node;
  const code = String(status) in responses ? String(status) : 'default' in responses ? 'default' : null;
  if (!code) {
    return [`status ${status} is not documented for ${method} ${route.template} (documented: ${Object.keys(responses).join(', ')})`];
  }
  if (body.length === 0) {
    return [];
  }
  const content = (responses[code] as Node).content as Node | undefined;
  const media = contentType.split(';')[0].trim().toLowerCase();
  if (!content) {
    return [`a body of type ${media} where the document declares none for ${status}`];
  }
  const declared = (content[media] ?? content['*/*']) as Node | undefined;
  if (!declared) {
    return [`media type ${media} is not declared for ${status} (declared: ${Object.keys(content).join(', ')})`];
  }
  if (!(media === 'application/json' || media.endsWith('+json')) || !declared.schema) {
    return [];
  }
  const key = `${route.template} ${method} ${code} ${media}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: defs, ...(rewrite(declared.schema) as Node) });
    compiled.set(key, validate);
  }
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (e) {
    return [`the body is not JSON: ${String(e)}`];
  }
  if (validate(value)) {
    return [];
  }
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} (${e.schemaPath})`);
}

export const test = base.extend<{ contract: void }>({
  contract: [
    async ({ context }, use) => {
      const pending: Promise<string | null>[] = [];
      const inspect = async (response: Response): Promise<string | null> => {
        const url = new URL(response.url());
        if (!url.pathname.startsWith('/api/') || response.request().method() === 'OPTIONS') {
          return null;
        }
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          return null; // the page went away before the body arrived: nothing the client read
        }
        const violations = check(response.request().method(), url.pathname, response.status(), response.headers()['content-type'] ?? '', body);
        return violations.length
          ? `${response.request().method()} ${url.pathname} → ${response.status()}\n    ${violations.join('\n    ')}\n    body: ${body.toString('utf8').slice(0, 500)}`
          : null;
      };
      context.on('response', (response) => pending.push(inspect(response)));
      await use();
      const violations = (await Promise.all(pending)).filter((v): v is string => v !== null);
      expect(violations, `answers that break the OpenAPI contract (${DOCUMENT})`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
