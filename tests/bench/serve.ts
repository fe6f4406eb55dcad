/**
 * The benchmark's page server on 127.0.0.1: generated pages from memory and
 * the recipe corpus from disk, cross-origin isolated (COOP + COEP), so that
 * performance.now() in the pages is precise to a few microseconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { type PageServer, startServer } from '../e2e/harness';

export function serveBench(pages: Map<string, string>, recipesDir: string | null): Promise<PageServer> {
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-store',
  };
  return startServer((path, res) => {
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, headers);
      res.end(page);
      return;
    }
    if (recipesDir && path.startsWith('/recipes/')) {
      const file = normalize(join(recipesDir, path.slice('/recipes/'.length)));
      if (file.startsWith(recipesDir) && file.endsWith('.html') && existsSync(file)) {
        res.writeHead(200, headers);
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end();
  });
}
