/**
 * Page-mode scoring: a corpus page through scanPage (the content script's
 * code path, happy-dom for the DOM), its mentions assigned to the labelled
 * ingredient lines:
 *  - a JSON-LD/microdata recipe line is aligned with the labelled line of the
 *    same letters (or, failing that, the most similar one);
 *  - a labelled line with no aligned recipe line takes the text mentions of
 *    the visible block that shows it.
 */
import { foldString } from '../../src/match/index';
import { lineKey } from '../../src/match/text-norm';
import type { CorpusPage } from './corpus';
import { loadPortions, parseHtml } from './dom';
import type { PageMention } from './scan-page';
import { scanPage } from './scan-page';
import type { PredictedMention } from './score';

let portionsOf: ReturnType<typeof loadPortions> | undefined;

const words = (s: string) =>
  new Set(
    foldString(s)
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1),
  );

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common);
}

/** Labelled line index → recipe line index. */
function align(labelled: string[], recipe: string[]): Map<number, number> {
  const out = new Map<number, number>();
  const used = new Set<number>();
  const keys = recipe.map(lineKey);
  labelled.forEach((line, i) => {
    const k = lineKey(line);
    const j = keys.findIndex((x, jj) => !used.has(jj) && x === k);
    if (j >= 0) {
      out.set(i, j);
      used.add(j);
    }
  });
  labelled.forEach((line, i) => {
    if (out.has(i)) return;
    let best = -1;
    let bestScore = 0;
    recipe.forEach((r, j) => {
      if (used.has(j)) return;
      const s = similarity(line, r);
      if (s >= 0.5 && s > bestScore) {
        best = j;
        bestScore = s;
      }
    });
    if (best >= 0) {
      out.set(i, best);
      used.add(best);
    }
  });
  return out;
}

/** Text mentions whose block (or, in a block of several lines, whose text node) shows the labelled line. */
function textMentionsOf(line: string, mentions: PageMention[]): PageMention[] {
  const k = lineKey(line);
  if (!k) return [];
  const shows = (text: string) => {
    const b = lineKey(text);
    return (
      !!b &&
      (b === k ||
        (b.includes(k) && k.length >= 0.6 * b.length) ||
        (k.includes(b) && b.length >= 0.6 * k.length))
    );
  };
  return mentions.filter(
    (m) =>
      m.source === 'text' && !!m.block && (shows(m.block.textContent ?? '') || shows(m.endNode?.data ?? '')),
  );
}

function withOffsets(line: string, ms: PageMention[]): PredictedMention[] {
  const lower = line.toLowerCase();
  return ms.map((m) => {
    const at = lower.indexOf(m.text.toLowerCase());
    return at >= 0
      ? { foodId: m.foodId, start: at, end: at + m.text.length, text: m.text }
      : { foodId: m.foodId };
  });
}

/**
 * The predicted mentions of each labelled line of a page, from scanPage;
 * `unaligned` counts labelled lines the scan found neither as a recipe line nor as text.
 */
export async function predictPage(
  page: CorpusPage,
): Promise<{ predicted: PredictedMention[][]; unaligned: number }> {
  portionsOf ??= loadPortions();
  const parsed = parseHtml(page.html);
  try {
    const scan = scanPage(parsed.document, { portionsOf, microdata: page.html.includes('itemtype') });
    const aligned = scan.recipe
      ? align(page.ingredients, scan.recipe.ingredients)
      : new Map<number, number>();
    let unaligned = 0;
    const predicted = page.ingredients.map((text, line) => {
      const j = aligned.get(line);
      let ms: PageMention[];
      if (j !== undefined) ms = scan.mentions.filter((m) => m.source === 'jsonld' && m.line === j);
      else {
        ms = textMentionsOf(text, scan.mentions);
        if (ms.length === 0 && page.mentions.some((m) => m.line === line)) unaligned++;
      }
      return withOffsets(text, ms);
    });
    return { predicted, unaligned };
  } finally {
    await parsed.close();
  }
}
