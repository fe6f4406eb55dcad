/**
 * What the page session needs from the scanner: detections with the DOM place
 * to badge, produced incrementally under a time budget.
 */

export interface Detection {
  foodId: string;
  /** The page text that matched. */
  text: string;
  /** Grams read from the product title (package) or ingredient line (amount). */
  grams?: number;
  gramsKind?: 'package' | 'amount';
  /** The product title or ingredient line the mention is in. */
  block: Element;
  /** The text node where the match ends: the badge goes after it. */
  endNode: Text;
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
}
