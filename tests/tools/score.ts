/**
 * Line-level scoring of predicted food mentions against the corpus labels, as
 * the corpus README describes: for each ingredient line, the set of foods found
 * is compared with the set labelled ("none*" = empty set; lines with "ignore"
 * are skipped); precision and recall count (line, food) pairs; "core" excludes
 * butter, which is scored on its own; generic_cheese is not counted against a
 * line that also names a specific cheese (labelled or predicted).
 *
 * Food accuracy: of the labelled mentions that a prediction overlaps (same
 * line, overlapping text), the share whose predicted food is the labelled one.
 */
import { classOfFood, classOfSlug, IGNORE_SLUG, isSpecificCheeseClass, NONE_SLUGS } from './corpus-map';

export interface LabelMention {
  line: number;
  text: string;
  food: string;
}

export interface PredictedMention {
  foodId: string;
  /** Offsets in the line, when known (lines mode). */
  start?: number;
  end?: number;
  text?: string;
}

export interface LineCase {
  file: string;
  lang: string;
  line: number;
  text: string;
  labels: LabelMention[];
  predicted: PredictedMention[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface LineError {
  file: string;
  lang: string;
  line: number;
  text: string;
  kind: 'FP' | 'FN' | 'food';
  /** The class involved (FP: predicted, FN: labelled; food: "labelled → predicted"). */
  what: string;
  butter: boolean;
}

export interface Score {
  core: Counts;
  butter: Counts;
  all: Counts;
  accuracy: { correct: number; wrong: number };
  lines: number;
  skipped: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const emptyScore = (): Score => ({
  core: emptyCounts(),
  butter: emptyCounts(),
  all: emptyCounts(),
  accuracy: { correct: 0, wrong: 0 },
  lines: 0,
  skipped: 0,
});

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
export function accuracyOf(s: Score): number {
  const n = s.accuracy.correct + s.accuracy.wrong;
  return n === 0 ? 1 : s.accuracy.correct / n;
}

function predictedClasses(predicted: PredictedMention[]): Set<string> {
  const out = new Set<string>();
  for (const p of predicted) {
    const c = classOfFood(p.foodId);
    if (c) out.add(c);
  }
  return out;
}

/** Scores one line into `score` and returns its errors. */
export function scoreLine(c: LineCase, score: Score): LineError[] {
  if (c.labels.some((l) => l.food === IGNORE_SLUG)) {
    score.skipped++;
    return [];
  }
  score.lines++;
  const gold = new Set(c.labels.filter((l) => !NONE_SLUGS.has(l.food)).map((l) => classOfSlug(l.food)));
  const pred = predictedClasses(c.predicted);
  const specific = [...gold, ...pred].some(isSpecificCheeseClass);
  if (specific) {
    gold.delete('generic_cheese');
    pred.delete('generic_cheese');
  }
  const errors: LineError[] = [];
  const base = { file: c.file, lang: c.lang, line: c.line, text: c.text };
  for (const cls of new Set([...gold, ...pred])) {
    const isButter = cls === 'butter';
    const bucket = isButter ? score.butter : score.core;
    const inGold = gold.has(cls);
    const inPred = pred.has(cls);
    if (inGold && inPred) {
      bucket.tp++;
      score.all.tp++;
    } else if (inPred) {
      bucket.fp++;
      score.all.fp++;
      errors.push({ ...base, kind: 'FP', what: cls, butter: isButter });
    } else {
      bucket.fn++;
      score.all.fn++;
      errors.push({ ...base, kind: 'FN', what: cls, butter: isButter });
    }
  }
  // Food accuracy over labelled mentions that a prediction overlaps.
  const lower = c.text.toLowerCase();
  let from = 0;
  for (const l of c.labels) {
    if (NONE_SLUGS.has(l.food)) continue;
    const cls = classOfSlug(l.food);
    if (cls === 'generic_cheese' && specific) continue;
    let at = lower.indexOf(l.text.toLowerCase(), from);
    if (at < 0) at = lower.indexOf(l.text.toLowerCase());
    if (at < 0) continue;
    from = at + 1;
    const end = at + l.text.length;
    const overlapping = c.predicted.filter(
      (p) => p.start !== undefined && p.end !== undefined && p.start < end && p.end > at,
    );
    const classes = overlapping.map((p) => classOfFood(p.foodId)).filter((x): x is string => !!x);
    if (classes.length === 0) continue;
    if (classes.includes(cls)) score.accuracy.correct++;
    else {
      score.accuracy.wrong++;
      errors.push({ ...base, kind: 'food', what: `${cls} → ${classes.join('+')}`, butter: cls === 'butter' });
    }
  }
  return errors;
}

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export function addScore(into: Score, s: Score): void {
  addCounts(into.core, s.core);
  addCounts(into.butter, s.butter);
  addCounts(into.all, s.all);
  into.accuracy.correct += s.accuracy.correct;
  into.accuracy.wrong += s.accuracy.wrong;
  into.lines += s.lines;
  into.skipped += s.skipped;
}
