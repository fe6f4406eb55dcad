/**
 * `npm run screenshots`: the README's pictures, taken from the built extension
 * in Chromium on the demo pages — a badged grocery listing with an open detail
 * card, a recipe card, and the toolbar window.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PAGES_DIR } from '../e2e/harness';

const OUT = join(PAGES_DIR, 'screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const s = await launch({ viewport: { width: 1280, height: 860 } });
  try {
    const grocery = await s.newPage('/grocery/index.html');
    await grocery.locator('k2lens-badge[data-food="kefir"]').waitFor({ state: 'attached' });
    const brie = grocery.locator('k2lens-badge[data-food="brie"]').first();
    await brie.focus();
    await grocery.keyboard.press('Enter');
    await grocery.locator('k2lens-tooltip').waitFor({ state: 'visible' });
    await grocery.waitForTimeout(300); // the card fades in
    await grocery.screenshot({ path: join(OUT, 'grocery.png') });

    const recipe = await s.newPage('/recipe/index.html');
    await recipe.locator('k2lens-recipe').waitFor({ state: 'attached' });
    await recipe.setViewportSize({ width: 900, height: 900 });
    await recipe.locator('h2').first().scrollIntoViewIfNeeded();
    await recipe.screenshot({ path: join(OUT, 'recipe.png') });

    const tabId = await s.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      grocery.url(),
    );
    const popup = await s.extensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.fill('#search', 'gruyer');
    await popup.locator('.food[data-food="gruyere"]').waitFor();
    await popup.locator('.page-foods li').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    process.stdout.write(`screenshots written to ${OUT}\n`);
  } finally {
    await s.close();
  }
}

void main();
