/**
 * Bundles the benchmark's page scripts with esbuild into tests/.artifacts/bench,
 * which git ignores: tests/bench/in-page.ts (the product's own src/page,
 * src/match and src/data code) and tests/bench/start-page.ts (the matcher alone,
 * for its start cost).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../e2e/harness';

export const ARTIFACTS = join(ROOT, 'tests', '.artifacts', 'bench');

export async function bundleInPage(entry: 'in-page' | 'start-page' = 'in-page'): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const outfile = join(ARTIFACTS, `${entry}.js`);
  await build({
    entryPoints: [join(ROOT, 'tests', 'bench', `${entry}.ts`)],
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
    // As the extension's build writes it (Vite keeps UTF-8).
    charset: 'utf8',
  });
  return outfile;
}
