/**
 * The page session's detector: the block walk of ./blocks.ts with the
 * lexicon matcher of src/match, in the page's language.
 */
import { getMatcher, type Matcher } from '../match';
import { LINE_BREAK } from '../match/fold';
import { parseSupplement } from '../nutrition/supplements';
import { type Block, BlockWalker, pieceAt } from './blocks';
import type { CursorOptions, Detection, Detector, ScanCursor } from './detector';

export function langOf(el: Element): string | undefined {
  const tagged = el.closest?.('[lang]');
  return tagged?.getAttribute('lang') || el.ownerDocument?.documentElement?.lang || undefined;
}

/** Words a supplement title has: K2, menaquinone, vitamin, calcium in the supported languages, D3. */
const SUPPLEMENT_HINT = /k\s?2|mk\s?-?\s?[47]|menaqu|menach|vitam|vit\.|calci|kalzi|kalci|kalsi|\bd3\b/i;
/** Supplement titles are short; a longer block is prose. */
const SUPPLEMENT_MAX_CHARS = 200;

/** A supplement title in a block ("Vitamin K2 MK-7 200 µg, 60 capsules"), or undefined. */
export function supplementIn(block: Block): Detection | undefined {
  if (block.text.length > SUPPLEMENT_MAX_CHARS || !SUPPLEMENT_HINT.test(block.text)) return undefined;
  const label = parseSupplement(block.text);
  if (label.kind === 'not-a-supplement') return undefined;
  const last = block.pieces[block.pieces.length - 1];
  if (!last) return undefined;
  return {
    foodId: '',
    supplement: label,
    text: block.text.trim(),
    block: block.element,
    endNode: last.node,
    lineText: block.text,
    spans: [],
    index: 0,
  };
}

/** Detections of one block: one per food, placed after the food's last mention in the block. */
export function detectInBlock(block: Block, matcher: Matcher, lang: string | undefined): Detection[] {
  // A supplement is not a food: its title gets the label's doses instead of food estimates.
  const supplement = supplementIn(block);
  if (supplement) return [supplement];
  const mentions = matcher.find(block.text, { lang });
  if (mentions.length === 0) return [];
  const byFood = new Map<string, Detection>();
  const text = block.text;
  for (const m of mentions) {
    const at = pieceAt(block.pieces, m.end);
    if (!at || byFood.has(m.foodId)) continue;
    // The mention's own line (a block may hold several, split by <br>), with the line's mentions.
    const from = text.lastIndexOf(LINE_BREAK, m.start - 1) + 1;
    const cut = text.indexOf(LINE_BREAK, m.end);
    const to = cut < 0 ? text.length : cut;
    const inLine = mentions.filter((x) => x.start >= from && x.end <= to);
    byFood.set(m.foodId, {
      foodId: m.foodId,
      text: m.text,
      block: block.element,
      endNode: at.node,
      lineText: text.slice(from, to),
      spans: inLine.map(({ start, end, foodId }) => ({ start: start - from, end: end - from, foodId })),
      index: inLine.indexOf(m),
    });
  }
  return [...byFood.values()];
}

export function createDetector(matcher: Matcher = getMatcher()): Detector {
  return {
    cursor(roots: Node[], options: CursorOptions): ScanCursor {
      let lang: string | undefined;
      let langFor: Element | null = null;
      return new BlockWalker(roots, options, (block, out) => {
        // Language lookups walk up the tree; blocks in a row usually share it.
        if (langFor === null || block.element.parentElement !== langFor.parentElement) {
          lang = langOf(block.element);
          langFor = block.element;
        }
        for (const d of detectInBlock(block, matcher, lang)) (out as Detection[]).push(d);
      });
    },
  };
}
