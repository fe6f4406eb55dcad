/**
 * Checks the labelled dev set of real store pages (tests/pages/real/ID.html + ID.json) in Chromium:
 * - the label file's fields (id = file name, source with a 40-hex commit and a licence, kind, script…);
 * - title_selector matches exactly as many elements as `titles` lists, and each element's
 *   textContent.replace(/\s+/g, ' ').trim() equals the listed text, in page order;
 * - every food is a known slug and grams is a positive number or null;
 * - the page starts with the dev-set comment, has no <script> but JSON ones, and is at most 3 MB.
 *
 *   tsx tests/tools/check-devset.ts                  check every page
 *   tsx tests/tools/check-devset.ts --probe FILE SEL print what SEL matches in FILE (to write labels)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/harness';

export const DEVSET_DIR = resolve(import.meta.dirname, '..', 'pages', 'real');

export const FOOD_SLUGS = new Set([
  'parmesan',
  'pecorino',
  'cheddar',
  'gouda',
  'edam',
  'emmental',
  'swiss',
  'gruyere',
  'comte',
  'raclette',
  'jarlsberg',
  'maasdam',
  'manchego',
  'mozzarella',
  'feta',
  'halloumi',
  'ricotta',
  'mascarpone',
  'brie',
  'camembert',
  'blue_cheese',
  'monterey_jack',
  'provolone',
  'goat_cheese',
  'processed_cheese',
  'cream_cheese',
  'cottage_cheese',
  'quark',
  'other_cheese',
  'generic_cheese',
  'yogurt',
  'kefir',
  'buttermilk',
  'sour_cream',
  'creme_fraiche',
  'butter',
  'sauerkraut',
  'kimchi',
  'miso',
  'natto',
  'tempeh',
  'none',
  'none_vegan',
  'ignore',
]);
const KINDS = new Set(['listing', 'search', 'product', 'leaflet', 'cart', 'home']);
const SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek', 'Jpan', 'Kore', 'Hans', 'Hant', 'Hebr', 'Arab', 'Thai']);
const MAX_BYTES = 3 * 1024 * 1024;

export interface DevsetTitle {
  text: string;
  food: string;
  grams: number | null;
}
export interface DevsetLabel {
  id: string;
  source: { repo: string; path: string; commit: string; licence: string };
  store: string;
  domain: string;
  country: string;
  language: string;
  script: string;
  kind: string;
  title_selector: string;
  titles: DevsetTitle[];
  notes?: string;
}

async function textsFor(browser: Browser, html: string, selector: string): Promise<string[]> {
  const page = await browser.newPage({ javaScriptEnabled: true });
  try {
    await page.route('**/*', async (route) => {
      if (route.request().url() === 'http://devset.invalid/page' && route.request().isNavigationRequest()) {
        await route.fulfill({
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "default-src 'none'; script-src 'none'",
          },
          body: Buffer.from(html, 'utf8'),
        });
      } else {
        await route.abort();
      }
    });
    await page.goto('http://devset.invalid/page', { waitUntil: 'domcontentloaded' });
    return await page.evaluate(
      `Array.from(document.querySelectorAll(${JSON.stringify(selector)}), (el) => el.textContent.replace(/\\s+/g, ' ').trim())`,
    );
  } finally {
    await page.close();
  }
}

function checkFields(label: DevsetLabel, file: string, errors: string[]) {
  const err = (m: string) => errors.push(`${file}: ${m}`);
  if (!/^[a-z]{2}-[a-z0-9-]+$/.test(label.id)) err(`bad id ${label.id}`);
  if (!label.source?.repo || !/^[^/\s]+\/[^/\s]+$/.test(label.source.repo)) err('source.repo missing');
  if (!label.source?.path) err('source.path missing');
  if (!/^[0-9a-f]{40}$/.test(label.source?.commit ?? '')) err('source.commit is not 40 hex');
  if (!label.source?.licence) err('source.licence missing');
  for (const k of ['store', 'domain', 'country', 'language', 'title_selector'] as const) {
    if (!label[k]) err(`${k} missing`);
  }
  if (!/^[A-Z]{2}$/.test(label.country ?? '')) err(`bad country ${label.country}`);
  if (!KINDS.has(label.kind)) err(`bad kind ${label.kind}`);
  if (!SCRIPTS.has(label.script)) err(`bad script ${label.script}`);
  if (!Array.isArray(label.titles) || label.titles.length === 0) err('no titles');
  label.titles?.forEach((t, i) => {
    if (!FOOD_SLUGS.has(t.food)) err(`title ${i} "${t.text}": unknown food ${t.food}`);
    if (!(t.grams === null || (typeof t.grams === 'number' && t.grams > 0)))
      err(`title ${i}: bad grams ${t.grams}`);
    if (t.text !== t.text.replace(/\s+/g, ' ').trim()) err(`title ${i}: text not collapsed`);
  });
}

async function checkAll(): Promise<number> {
  const files = readdirSync(DEVSET_DIR).filter((f) => f.endsWith('.json'));
  const errors: string[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  let titles = 0;
  let foods = 0;
  try {
    for (const file of files.sort()) {
      const label = JSON.parse(readFileSync(join(DEVSET_DIR, file), 'utf8')) as DevsetLabel;
      if (`${label.id}.json` !== file) errors.push(`${file}: id ${label.id} does not match the file name`);
      checkFields(label, file, errors);
      const htmlFile = join(DEVSET_DIR, file.replace(/\.json$/, '.html'));
      const html = readFileSync(htmlFile, 'utf8');
      if (!html.startsWith('<!-- K2 Lens dev set: ')) errors.push(`${file}: page lacks the dev-set comment`);
      if (statSync(htmlFile).size > MAX_BYTES) errors.push(`${file}: page is over 3 MB`);
      for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
        if (!/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
          errors.push(`${file}: executable <script>`);
      }
      const found = await textsFor(browser, html, label.title_selector);
      const want = label.titles.map((t) => t.text);
      if (found.length !== want.length) {
        errors.push(`${file}: selector matches ${found.length} elements, ${want.length} titles listed`);
      }
      for (let i = 0; i < Math.min(found.length, want.length); i++) {
        if (found[i] !== want[i])
          errors.push(`${file}: title ${i}: page has "${found[i]}", label "${want[i]}"`);
      }
      titles += want.length;
      foods += label.titles.filter((t) => !['none', 'none_vegan', 'ignore'].includes(t.food)).length;
    }
  } finally {
    await browser.close();
  }
  for (const e of errors) console.error(e);
  console.info(`${files.length} pages, ${titles} titles (${foods} food titles), ${errors.length} problems`);
  return errors.length;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--probe') {
    const [, file, selector] = args;
    if (!file || !selector) throw new Error('usage: --probe FILE SELECTOR');
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
    try {
      const texts = await textsFor(browser, readFileSync(file, 'utf8'), selector);
      for (const [i, t] of texts.entries()) console.info(`${i}\t${t}`);
      console.info(`${texts.length} matches`);
    } finally {
      await browser.close();
    }
    return;
  }
  const problems = await checkAll();
  console.info(`${problems === 0 ? 1 : 0} passed, ${problems === 0 ? 0 : 1} failed`);
  process.exitCode = problems === 0 ? 0 : 1;
}

if (process.argv[1] && /check-devset\.ts$/.test(process.argv[1])) await main();
