import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumVersion } from './browsers';
import { launch, type PageServer, type Session, servePages } from './harness';

/**
 * A page whose products live in open shadow roots: a custom element, a plain
 * div host, and (in the large variant) 60,000 other elements, past which
 * only custom elements are searched.
 */
function page(filler: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow shop</title></head><body>
<h1>Shadow shop</h1>
<x-product id="custom"></x-product>
<div id="plain"></div>
<div id="filler">${'<i></i>'.repeat(filler)}</div>
<script>
  const custom = document.getElementById('custom').attachShadow({ mode: 'open' });
  custom.innerHTML = '<article><h3>Old Amsterdam Gouda 400 g</h3></article>';
  const plain = document.getElementById('plain').attachShadow({ mode: 'open' });
  plain.innerHTML = '<article><h3>Président Brie 2 x 125 g</h3></article>';
</script>
</body></html>`;
}

describe(`products in open shadow roots (${chromiumVersion()})`, () => {
  let server: PageServer;
  let s: Session;
  beforeAll(async () => {
    server = await servePages(undefined, {
      '/shadow/small.html': { type: 'text/html; charset=utf-8', body: page(0) },
      '/shadow/large.html': { type: 'text/html; charset=utf-8', body: page(60_000) },
    });
    s = await launch({ server });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('get badges inside the shadow roots of custom elements and of plain elements', async () => {
    const p = await s.newPage('/shadow/small.html');
    // Playwright's CSS locators pierce open shadow roots.
    await p
      .locator('#custom k2lens-badge[data-food^="gouda"]')
      .waitFor({ state: 'attached', timeout: 15_000 });
    await p.locator('#plain k2lens-badge[data-food="brie"]').waitFor({ state: 'attached', timeout: 15_000 });
    await p.close();
  });

  it('on a very large page, still get badges inside custom elements', async () => {
    const p = await s.newPage('/shadow/large.html');
    await p
      .locator('#custom k2lens-badge[data-food^="gouda"]')
      .waitFor({ state: 'attached', timeout: 15_000 });
    expect(await p.locator('#custom k2lens-badge').count()).toBe(1);
    await p.close();
  });
});
