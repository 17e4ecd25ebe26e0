#!/usr/bin/env node
// Fails when src/types/api.gen.ts no longer matches the backend's OpenAPI document, i.e. when the
// API changed and `npm run gen:api` was not run (or its output not committed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, process.env.OPENAPI_SPEC ?? '../backend/src/main/openapi/openapi.json');
const committed = join(root, 'src/types/api.gen.ts');

if (!existsSync(spec)) {
  console.error(`check:api: no OpenAPI document at ${spec}.\nRun backend/dev/openapi.sh update (it writes the committed document), or set OPENAPI_SPEC.`);
  process.exit(2);
}
if (!existsSync(committed)) {
  console.error(`check:api: ${committed} is missing. Run \`npm run gen:api\` and commit the result.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'check-api-'));
const fresh = join(dir, 'api.gen.ts');
try {
  execFileSync(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), spec, '-o', fresh], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const normalise = (text) => text.replace(/\r\n/g, '\n');
  const expected = normalise(readFileSync(fresh, 'utf8'));
  const actual = normalise(readFileSync(committed, 'utf8'));
  if (expected !== actual) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = e.findIndex((text, i) => text !== a[i]);
    console.error(
      [
        'check:api: src/types/api.gen.ts is out of date with the backend OpenAPI document.',
        `  spec: ${spec}`,
        `  first difference at line ${line + 1}:`,
        `    committed: ${a[line] ?? '<end of file>'}`,
        `    generated: ${e[line] ?? '<end of file>'}`,
        'Run `npm run gen:api`, fix any type errors it causes, and commit src/types/api.gen.ts.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log('check:api: src/types/api.gen.ts matches the OpenAPI document.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
