/**
 * `tsx tests/bench/scan-bench.ts [--tiles N] [--runs N]`
 *
 * 1. Writes a 2 MB grocery page to tests/.artifacts/grocery-2mb.html (for
 *    `npm run scan -- --time tests/.artifacts/grocery-2mb.html`).
 * 2. In Chromium (playwright-core, the system chromium): loads a page with N
 *    product tiles (default 20,000), then times a bare TreeWalker walk over its
 *    text nodes (reading each node's text) and the content script's scan
 *    (scanBlocks with the bundled matcher), best of several alternating runs,
 *    on a cheese-aisle listing and on a mixed listing, and prints the ratio
 *    (budget: scan ≤ 2 × walk).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { groceryPage, groceryPageOfSize } from './grocery-page';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const tiles = arg('--tiles', 20000);
const runs = arg('--runs', 15);

async function main(): Promise<void> {
  const artifacts = join(here, '..', '.artifacts');
  mkdirSync(artifacts, { recursive: true });
  const twoMb = groceryPageOfSize(2_000_000);
  writeFileSync(join(artifacts, 'grocery-2mb.html'), twoMb);
  console.info(`wrote tests/.artifacts/grocery-2mb.html (${(twoMb.length / 1e6).toFixed(2)} MB)`);

  const bundle = await build({
    stdin: {
      contents: `import { scanBlocks } from './src/page/scan'; import { getMatcher } from './src/match/index';
        globalThis.k2 = { scanBlocks, getMatcher };`,
      resolveDir: join(here, '..', '..'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  const code = bundle.outputFiles[0]?.text ?? '';

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    for (const [label, dairyEvery] of [
      ['cheese aisle (1 tile in 3 is dairy)', 3],
      ['mixed listing (1 tile in 20 is dairy)', 20],
    ] as const) {
      const page = await browser.newPage();
      const html = groceryPage(tiles, dairyEvery);
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: code });
      // A string, so the test runner's transform does not touch the page-side code.
      // Walk and scan alternate; the best of the runs counts (the machine may be busy).
      const result = (await page.evaluate(`(() => {
        const runs = ${runs};
        const k2 = globalThis.k2;
        const t0 = performance.now();
        k2.getMatcher();
        const compile = performance.now() - t0;
        const walk = () => {
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let n = 0, len = 0;
          for (let node = w.nextNode(); node; node = w.nextNode()) { n++; len += node.data.length; }
          return n;
        };
        let bestWalk = Infinity, bestScan = Infinity, mentions = 0, textNodes = 0;
        for (let r = 0; r < runs; r++) {
          let t = performance.now();
          textNodes = walk();
          bestWalk = Math.min(bestWalk, performance.now() - t);
          t = performance.now();
          const blocks = k2.scanBlocks(document.body);
          bestScan = Math.min(bestScan, performance.now() - t);
          mentions = blocks.reduce((a, b) => a + b.mentions.length, 0);
        }
        return { compile, walk: bestWalk, scan: bestScan, mentions, textNodes };
      })()`)) as { compile: number; walk: number; scan: number; mentions: number; textNodes: number };
      console.info(
        `chromium, ${label}: ${tiles} tiles, ${(html.length / 1e6).toFixed(1)} MB, ${result.textNodes} text nodes; ` +
          `matcher compile ${result.compile.toFixed(1)} ms; bare TreeWalker walk ${result.walk.toFixed(1)} ms, ` +
          `scanBlocks ${result.scan.toFixed(1)} ms → ${(result.scan / result.walk).toFixed(2)} × the walk (budget 2); ${result.mentions} mentions`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
