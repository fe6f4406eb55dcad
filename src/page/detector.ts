/**
 * What the page session needs from the scanner: detections with the DOM place
 * to badge, produced incrementally under a time budget.
 */

import type { Matcher } from '../match';
import type { SupplementLabel } from '../nutrition/supplements';

export interface Detection {
  /** The food id; empty for a supplement title. */
  foodId: string;
  /** Set for a supplement title ("Vitamin K2 MK-7 200 µg"): the doses its label states. */
  supplement?: SupplementLabel;
  /** The page text that matched. */
  text: string;
  /** Grams read from the product title (package) or ingredient line (amount). */
  grams?: number;
  gramsKind?: 'package' | 'amount';
  /** The product title or ingredient line the mention is in. */
  block: Element;
  /** The text node where the match ends: the badge goes after it. */
  endNode: Text;
  /** Where in `endNode`'s text the match ends (a badge in running text goes right there). */
  endOffset?: number;
  /** A later mention of a food already named earlier in the same block. */
  repeat?: boolean;
  /** The block's text and all its mentions, for reading this mention's grams once the food is known. */
  lineText: string;
  spans: readonly { start: number; end: number; foodId: string }[];
  /** Index of this mention in `spans`. */
  index: number;
}

export interface CursorOptions {
  /** False for a block already scanned with this text (it is skipped). */
  isFresh(block: Element, text: string): boolean;
  markScanned(block: Element, text: string): void;
}

export interface ScanCursor {
  /** Scans until `deadline` (a performance.now() time) or the end; returns what it found. */
  next(deadline: number): Detection[];
  readonly done: boolean;
}

export interface Detector {
  cursor(roots: Node[], options: CursorOptions): ScanCursor;
  /**
   * Every food id the detector can report: once a page names foods, the
   * session fetches all their facts ahead (in idle time), so badges for later
   * page changes never wait for the background.
   */
  readonly foods?: readonly string[];
  /**
   * Set-up to do before the first cursor (compiling the matcher), cut into
   * steps: the session runs each `next()` in a task of its own.
   */
  prepare?(): Iterator<void>;
  /** The matcher the detector uses (after `prepare()`), for text it does not walk (a recipe's lines). */
  matcher?(): Matcher;
}
