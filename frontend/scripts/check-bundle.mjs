#!/usr/bin/env node
// The JavaScript a first visit downloads before the app can draw anything, gzip-compressed: the entry
// script of dist/index.html, the chunks it modulepreloads, and whatever those import statically
// (followed through the files, in case a preload hint is missing). Chunks loaded later by a route or
// a chart (dynamic import()) do not count. Run after `npm run build`; fails over the budget.
//
//   npm run check:bundle              budget 300 kB (kB = 1000 bytes, as Vite's build report)
//   BUNDLE_BUDGET_KB=250 npm run check:bundle
//   node scripts/check-bundle.mjs --json   the figures as JSON (docs/benchmarks.md)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 300);
const asJson = process.argv.includes('--json');

const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`check:bundle: no ${indexHtml}; run \`npm run build\` first.`);
  process.exit(2);
}
const html = readFileSync(indexHtml, 'utf8');

/** Attribute values of the tags in the HTML that load JavaScript at once. */
const initial = [];
for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
  const attr = (name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`))?.[1];
  if (tag.startsWith('<script') && attr('type') === 'module' && attr('src')) initial.push(attr('src'));
  if (tag.startsWith('<link') && attr('rel') === 'modulepreload' && attr('href')) initial.push(attr('href'));
}
if (initial.length === 0) {
  console.error('check:bundle: dist/index.html loads no module script; is this a Vite build?');
  process.exit(2);
}

/** Static imports of a chunk (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`), not `import("./x.js")`. */
function staticImports(code) {
  const found = [];
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) found.push(m[1]);
  return found;
}

// A URL of index.html (/assets/x.js) or an import of a chunk (./x.js) as a path under dist.
const files = new Map();
const queue = initial.map((url) => posix.normalize(url.replace(/^\//, '')));
while (queue.length) {
  const file = queue.shift();
  if (files.has(file)) continue;
  const path = join(dist, file);
  if (!existsSync(path)) {
    console.error(`check:bundle: ${file} is referenced but not in ${dist}`);
    process.exit(2);
  }
  const code = readFileSync(path);
  files.set(file, { raw: code.length, gzip: gzipSync(code).length });
  for (const spec of staticImports(code.toString('utf8'))) {
    if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const rows = [...files].sort((a, b) => b[1].gzip - a[1].gzip);
const total = rows.reduce((sum, [, f]) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
const over = total.gzip > budgetKb * 1000;

if (asJson) {
  console.log(JSON.stringify({ budgetKb, totalRaw: total.raw, totalGzip: total.gzip, files: Object.fromEntries(rows) }, null, 2));
} else {
  console.log(`Initial JavaScript of ${posix.relative(root, indexHtml) || indexHtml} (entry + preloaded + static imports):`);
  for (const [file, f] of rows) console.log(`  ${file.padEnd(48)} ${kb(f.raw).padStart(8)} kB  gzip ${kb(f.gzip).padStart(7)} kB`);
  console.log(`  ${'total'.padEnd(48)} ${kb(total.raw).padStart(8)} kB  gzip ${kb(total.gzip).padStart(7)} kB  (budget ${budgetKb} kB gzip)`);
}
if (over) {
  console.error(
    `check:bundle: the initial JavaScript is ${kb(total.gzip)} kB gzip, over the budget of ${budgetKb} kB. ` +
      'Load the new dependency with its route or component (React.lazy / dynamic import()) instead of from the shell.',
  );
  process.exit(1);
}
