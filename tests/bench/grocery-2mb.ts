/**
 * `npx tsx tests/bench/grocery-2mb.ts` writes a 2 MB grocery listing to
 * tests/.artifacts/grocery-2mb.html, for timing the scan tool on a large page:
 * `npm run scan -- --time tests/.artifacts/grocery-2mb.html`. (The browser
 * figures are `npm run bench`'s.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groceryPageOfSize } from './grocery-page';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', '.artifacts');
mkdirSync(artifacts, { recursive: true });
const page = groceryPageOfSize(2_000_000);
writeFileSync(join(artifacts, 'grocery-2mb.html'), page);
console.info(`wrote tests/.artifacts/grocery-2mb.html (${(page.length / 1e6).toFixed(2)} MB)`);
