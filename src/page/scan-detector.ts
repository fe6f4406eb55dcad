/**
 * The page session's detector: the block walk of ./blocks.ts with the
 * lexicon matcher of src/match, in the block's language. The matcher's
 * pre-filter runs over every text of the walk; only blocks it fires on are
 * gathered and matched, and a text already matched (same words, same
 * language: repeated product titles, a list the page renders again) is looked
 * up instead of matched again.
 */
import { compileLexicon, FOODS, foldString, Matcher, type Mention } from '../match';
import { type Block, BlockWalker, pieceAt } from './blocks';
import type { CursorOptions, Detection, Detector, ScanCursor } from './detector';

/** Texts remembered per detector (then it starts over), and the longest text remembered. */
const CACHE_ENTRIES = 10_000;
const CACHE_TEXT = 400;

/** Detections of one block: one per food, placed after the food's last mention in the block. */
export function detectInBlock(block: Block, mentions: readonly Mention[]): Detection[] {
  if (mentions.length === 0) return [];
  const byFood = new Map<string, Detection>();
  for (const m of mentions) {
    const at = pieceAt(block.pieces, m.end);
    if (!at) continue;
    const first = byFood.get(m.foodId);
    byFood.set(m.foodId, {
      foodId: m.foodId,
      text: first?.text ?? m.text,
      block: block.element,
      endNode: at.node,
    });
  }
  return [...byFood.values()];
}

/**
 * A detector with `matcher`, or with a matcher of its own compiled in three
 * steps by `prepare()` (the folding table, the lexicon, the automaton: each
 * 10–30 ms on a cold start, too long together for one task).
 */
export function createDetector(given?: Matcher): Detector {
  let matcher = given;
  const known = new Map<string, Mention[]>();
  const find = (m: Matcher, text: string, lang: string | undefined): Mention[] => {
    if (text.length > CACHE_TEXT) return m.find(text, { lang });
    const key = `${lang ?? ''}\u0000${text}`;
    let mentions = known.get(key);
    if (mentions === undefined) {
      mentions = m.find(text, { lang });
      if (known.size >= CACHE_ENTRIES) known.clear();
      known.set(key, mentions);
    }
    return mentions;
  };
  return {
    foods: Object.keys(FOODS),
    *prepare() {
      if (matcher) return;
      foldString('');
      yield;
      const lexicon = compileLexicon();
      yield;
      matcher ??= new Matcher(lexicon);
    },
    cursor(roots: Node[], options: CursorOptions): ScanCursor {
      matcher ??= new Matcher();
      const m = matcher;
      return new BlockWalker(
        roots,
        options,
        (block, out) => {
          for (const d of detectInBlock(block, find(m, block.text, block.lang))) (out as Detection[]).push(d);
        },
        m.prefilter(),
      );
    },
  };
}
