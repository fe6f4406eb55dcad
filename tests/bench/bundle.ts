/**
 * Bundles the benchmark's page script (tests/bench/in-page.ts: the product's
 * own src/page, src/match and src/data code) with esbuild into
 * tests/.artifacts/bench, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../e2e/harness';

export const ARTIFACTS = join(ROOT, 'tests', '.artifacts', 'bench');

export async function bundleInPage(): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const outfile = join(ARTIFACTS, 'in-page.js');
  await build({
    entryPoints: [join(ROOT, 'tests', 'bench', 'in-page.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    legalComments: 'none',
  });
  return outfile;
}
