/**
 * The page session's detector: the block walk of ./blocks.ts with the
 * lexicon matcher of src/match, in the block's language. The matcher's
 * pre-filter runs over every text of the walk; only blocks it fires on are
 * gathered and matched, and a text already matched (same words, same
 * language: repeated product titles, a list the page renders again) is looked
 * up instead of matched again.
 */
import { FOODS, foldString, getMatcher, type Matcher, type Mention } from '../match';
import { LINE_BREAK } from '../match/fold';
import { parseSupplement } from '../nutrition/supplements';
import { pageLanguage } from './core/block-rules';
import { type Block, BlockWalker, pieceAt } from './core/blocks';
import type { CursorOptions, Detection, Detector, ScanCursor } from './detector';

/** Texts remembered per detector (then it starts over), and the longest text remembered. */
const CACHE_ENTRIES = 10_000;
const CACHE_TEXT = 400;

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

/**
 * Detections of one block: one per mention, with the mention's own line (blocks split by <br> hold
 * several lines) for its grams; later mentions of a food already named in the block are marked
 * `repeat` (a product title or an ingredient line gets one badge per food, running text one per mention).
 */
export function detectInBlock(block: Block, mentions: readonly Mention[]): Detection[] {
  if (mentions.length === 0) return [];
  const out: Detection[] = [];
  const text = block.text;
  for (const m of mentions) {
    const repeat = out.some((d) => d.foodId === m.foodId);
    const at = pieceAt(block.pieces, m.end);
    if (!at) continue;
    const from = text.lastIndexOf(LINE_BREAK, m.start - 1) + 1;
    const cut = text.indexOf(LINE_BREAK, m.end);
    const to = cut < 0 ? text.length : cut;
    const inLine = mentions.filter((x) => x.start >= from && x.end <= to);
    out.push({
      foodId: m.foodId,
      text: m.text,
      block: block.element,
      endNode: at.node,
      endOffset: at.offset,
      lineText: text.slice(from, to),
      spans: inLine.map(({ start, end, foodId }) => ({ start: start - from, end: end - from, foodId })),
      index: inLine.indexOf(m),
      ...(repeat ? { repeat: true } : {}),
    });
  }
  return out;
}

/** The language of the document the roots are in (their `lang` attributes are read where a term is found). */
function rootsPageLanguage(roots: readonly Node[]): string | undefined {
  const root = roots[0];
  if (!root) return undefined;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  return doc ? pageLanguage(doc) : undefined;
}

/** Every food id, for Detector.foods (made once, when first asked for). */
let foodIds: readonly string[] | undefined;

/**
 * A detector with `matcher`, or with the bundled one (`getMatcher()`, shared),
 * which `prepare()` sets up in two steps: the folding table, then the matcher
 * unpacked from the form the build compiled it to (a few milliseconds: no
 * lexicon to compile, no automaton to build). Each block is matched in its own
 * language (its nearest `lang`, else the page's), or in `forcedLang` when given
 * (a tool's override).
 */
export function createDetector(given?: Matcher, forcedLang?: string): Detector {
  let matcher = given;
  /** Mentions of the texts matched so far, per language. */
  const known = new Map<string, Map<string, Mention[]>>();
  let remembered = 0;
  const find = (m: Matcher, text: string, lang: string | undefined): Mention[] => {
    if (text.length > CACHE_TEXT) return m.find(text, { lang });
    const key = lang ?? '';
    let texts = known.get(key);
    if (texts === undefined) {
      texts = new Map();
      known.set(key, texts);
    }
    let mentions = texts.get(text);
    if (mentions === undefined) {
      mentions = m.find(text, { lang });
      if (remembered >= CACHE_ENTRIES) {
        for (const t of known.values()) t.clear();
        remembered = 0;
      }
      texts.set(text, mentions);
      remembered++;
    }
    return mentions;
  };
  return {
    get foods() {
      foodIds ??= Object.keys(FOODS);
      return foodIds;
    },
    matcher() {
      matcher ??= getMatcher();
      return matcher;
    },
    *prepare() {
      if (matcher) return;
      foldString('');
      yield;
      matcher ??= getMatcher();
    },
    cursor(roots: Node[], options: CursorOptions): ScanCursor {
      matcher ??= getMatcher();
      const m = matcher;
      return new BlockWalker(
        roots,
        options,
        (block, out) => {
          // A supplement is not a food: its title gets the label's doses instead of food estimates.
          const supplement = supplementIn(block);
          if (supplement) {
            (out as Detection[]).push(supplement);
            return;
          }
          for (const d of detectInBlock(block, find(m, block.text, forcedLang ?? block.lang)))
            (out as Detection[]).push(d);
        },
        // The pre-filter looks for the terms of the page's language (an English page's "Most Popular" is no
        // German "Most"); a text where only another language's term ends is handed over when its block is
        // written in that other language (a `lang` attribute), which the walk reads only there.
        forcedLang !== undefined
          ? m.prefilter(forcedLang)
          : m.prefilter(rootsPageLanguage(roots), { others: true }),
      );
    },
  };
}
