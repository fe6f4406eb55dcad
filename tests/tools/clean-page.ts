/**
 * Cleans a saved store page for the dev set in tests/pages/real/.
 *
 *   tsx tests/tools/clean-page.ts IN.html OUT.html --origin "owner/repo/path@commit" --licence "MIT (LICENSE)"
 *
 * The page is parsed by Chromium (playwright-core, as in the E2E tests; happy-dom's parser lost the rest of a
 * page after an inline <svg> holding a <style>), with a CSP that runs no script and loads nothing.
 * Keeps the markup structure (classes, ids, roles, aria-*, itemprop, data-*), the visible text, nav, header,
 * footer, menus and breadcrumbs. Removes what would run or load something:
 * - every <script> but type="application/ld+json" (kept) and type="application/json" under 20 KB (kept);
 * - <style>, <link rel=stylesheet|preload|prefetch|modulepreload|dns-prefetch|preconnect|import|manifest|icon>,
 *   <iframe>, <frame>, <object>, <embed>, <base>, <meta http-equiv=refresh>, inline <svg> (with its content);
 * - HTML comments (old pages keep commented-out scripts in them);
 * - on* event attributes, srcset/imagesrcset, attributes holding a data: URI longer than 200 characters;
 * - absolute (http:, https:, //) src/href/poster/data of img, source, link, video, audio, track, input, image,
 *   use (set to ""); url(http…) in style attributes (set to none). <a href> stays as it is (inert).
 * Whitespace-only text (indentation) outside pre/textarea is shortened to one newline or space.
 * The input is decoded from its declared charset (or UTF-8) and written as UTF-8 with <meta charset="utf-8">,
 * and a comment naming the origin and licence is put at the top.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/harness';

const JSON_SCRIPT_MAX = 20 * 1024;
const DATA_URI_MAX = 200;
const DROP_LINK_RELS = new Set([
  'stylesheet',
  'preload',
  'prefetch',
  'modulepreload',
  'dns-prefetch',
  'preconnect',
  'prerender',
  'import',
  'manifest',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
]);
const RESOURCE_ATTRS: Record<string, string[]> = {
  img: ['src', 'lowsrc', 'longdesc'],
  source: ['src'],
  link: ['href'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  embed: ['src'],
};

/** Decodes the page bytes: BOM, then <meta charset> / http-equiv content-type in the first 4 KB, else UTF-8. */
export function decodePage(bytes: Buffer): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([-\w:.]+)/i.exec(head);
  let charset = (m?.[1] ?? 'utf-8').toLowerCase();
  if (charset === 'utf8') charset = 'utf-8';
  try {
    return { text: new TextDecoder(charset).decode(bytes), charset };
  } catch {
    return { text: bytes.toString('utf8'), charset: 'utf-8' };
  }
}

/**
 * The cleaning itself, run inside the page (Chromium's own parser built the DOM, scripts blocked by CSP).
 * Returns the serialized document without doctype.
 */
function cleanInPage(opts: {
  jsonMax: number;
  dataMax: number;
  dropRels: string[];
  resourceAttrs: Record<string, string[]>;
}): string {
  const absolute = /^\s*(?:https?:)?\/\//i;
  const dropRels = new Set(opts.dropRels);
  const remove = (selector: string) => {
    for (const el of Array.from(document.querySelectorAll(selector))) el.remove();
  };
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const text = script.textContent ?? '';
    if (type === 'application/ld+json') continue;
    if (type === 'application/json' && !script.getAttribute('src') && new Blob([text]).size < opts.jsonMax)
      continue;
    script.remove();
  }
  remove('style, iframe, frame, frameset, object, embed, base, svg, applet, portal');
  for (const meta of Array.from(document.querySelectorAll('meta[http-equiv]'))) {
    const eq = (meta.getAttribute('http-equiv') ?? '').toLowerCase();
    if (eq === 'refresh' || eq === 'content-type' || eq === 'content-security-policy') meta.remove();
  }
  remove('meta[charset]');
  for (const link of Array.from(document.querySelectorAll('link'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.some((r) => dropRels.has(r))) link.remove();
  }
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on') || name === 'srcset' || name === 'imagesrcset' || name === 'imagesizes') {
        el.removeAttribute(attr.name);
      } else if (value.length > opts.dataMax && /^\s*data:/i.test(value)) {
        el.removeAttribute(attr.name);
      } else if (/^\s*javascript:/i.test(value) && name !== 'href') {
        el.removeAttribute(attr.name);
      } else if (name === 'style' && /url\(/i.test(value)) {
        el.setAttribute(
          attr.name,
          value.replace(/url\(\s*(['"]?)\s*(?:(?:https?:)?\/\/|data:)[^)]*\)/gi, 'none'),
        );
      }
    }
    for (const a of opts.resourceAttrs[tag] ?? []) {
      const v = el.getAttribute(a);
      if (v !== null && absolute.test(v)) el.setAttribute(a, '');
    }
  }
  // Comments go (old pages keep commented-out scripts and markup in them).
  const comments = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  for (let n = comments.nextNode(); n; n = comments.nextNode()) dead.push(n);
  for (const n of dead) n.parentNode?.removeChild(n);
  // Whitespace-only text runs (indentation) shrink to one newline, outside pre/textarea/listing.
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    if (
      t.length > 1 &&
      /^[ \t\r\n]+$/.test(t) &&
      !n.parentElement?.closest('pre, textarea, listing, plaintext')
    ) {
      n.nodeValue = t.includes('\n') ? '\n' : ' ';
    }
  }
  const head = document.head ?? document.documentElement;
  const meta = document.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  head.insertBefore(meta, head.firstChild);
  return document.documentElement.outerHTML;
}

/**
 * Cleans pages with Chromium (playwright-core, the browser the E2E tests use): each page is served to a
 * blank context as UTF-8 with a CSP that runs no script and loads nothing, then cleaned in place.
 */
export async function cleanPages(jobs: { html: string; comment: string }[]): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  const out: string[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: true, offline: false });
    for (const job of jobs) {
      const page = await context.newPage();
      await page.route('**/*', async (route) => {
        if (route.request().url() === 'http://devset.invalid/page' && route.request().isNavigationRequest()) {
          await route.fulfill({
            status: 200,
            headers: {
              'content-type': 'text/html; charset=utf-8',
              'content-security-policy':
                "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'",
            },
            body: Buffer.from(job.html, 'utf8'),
          });
        } else {
          await route.abort();
        }
      });
      await page.goto('http://devset.invalid/page', { waitUntil: 'domcontentloaded' });
      // tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op one.
      await page.evaluate('globalThis.__name ??= (f) => f');
      const body = await page.evaluate(cleanInPage, {
        jsonMax: JSON_SCRIPT_MAX,
        dataMax: DATA_URI_MAX,
        dropRels: [...DROP_LINK_RELS],
        resourceAttrs: RESOURCE_ATTRS,
      });
      await page.close();
      const doctype =
        /^\s*(?:<!--[\s\S]*?-->\s*)*(<!doctype[^>]*>)/i.exec(job.html)?.[1] ?? '<!DOCTYPE html>';
      const safeComment = job.comment.replace(/--/g, '\u2010\u2010');
      out.push(`<!-- ${safeComment} -->\n${doctype}\n${body}\n`);
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const origin = opt('--origin');
  const licence = opt('--licence');
  const [input, output] = args;
  if (!input || !output || !origin || !licence) {
    console.error(
      'usage: tsx tests/tools/clean-page.ts IN.html OUT.html --origin "owner/repo/path@commit" --licence "…"',
    );
    process.exit(2);
  }
  const { text, charset } = decodePage(readFileSync(input));
  const comment = `K2 Lens dev set: ${origin}, licence ${licence}; cleaned by tests/tools/clean-page.ts`;
  const [cleaned] = await cleanPages([{ html: text, comment }]);
  if (cleaned === undefined) throw new Error('no output');
  writeFileSync(output, cleaned);
  console.info(
    `${input} (${charset}, ${text.length} chars) -> ${output} (${Buffer.byteLength(cleaned)} bytes)`,
  );
}

if (process.argv[1] && /clean-page\.ts$/.test(process.argv[1])) await main();
