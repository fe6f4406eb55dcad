/**
 * `npm run eval [-- --json] [--as-labelled] [--no-pages] [--errors N] [--corpus DIR]`
 *
 * Scores the detection engine against the labelled corpus (../shared/corpus),
 * with the same code paths as the extension, in two ways:
 *  - lines: each labelled ingredient line through the matcher (what
 *    `npm run scan -- --lines` does), in the page's language;
 *  - pages: each HTML page through the content script's scanner (what
 *    `npm run scan -- PAGE.html` does, happy-dom for the DOM), its recipe lines
 *    aligned with the labelled ones (tests/tools/page-eval.ts).
 * Prints precision and recall over (line, food) pairs — all foods, core (without
 * butter) and butter — and food accuracy, overall and per language, with the
 * list of errors; against the labels as published and with the documented
 * corrections of tests/tools/corpus-errata.json. The slug → food id table is
 * tests/tools/corpus-map.ts.
 *
 * Exits 1 when a threshold is not met (precision ≥ 0.98, recall ≥ 0.95, food
 * accuracy ≥ 0.95, all foods, lines and pages) on the corrected labels, or on
 * the labels as published with --as-labelled.
 */
import { getMatcher } from '../../src/match/index';
import { type CorpusPage, corpusDir, correctedMentions, readCorpus, readErrata } from './corpus';
import { predictPage } from './page-eval';
import {
  accuracyOf,
  addScore,
  emptyScore,
  type LabelMention,
  type LineError,
  type PredictedMention,
  precision,
  recall,
  type Score,
  scoreLine,
} from './score';

export const THRESHOLDS = { precision: 0.98, recall: 0.95, accuracy: 0.95 } as const;

interface ModeResult {
  overall: Score;
  byLang: Map<string, Score>;
  errors: LineError[];
}

/** Predicted mentions per page, per labelled line. */
type Predictions = Map<string, PredictedMention[][]>;

function score(
  pages: CorpusPage[],
  predictions: Predictions,
  labelsOf: (p: CorpusPage) => LabelMention[],
): ModeResult {
  const mode: ModeResult = { overall: emptyScore(), byLang: new Map(), errors: [] };
  for (const page of pages) {
    const predicted = predictions.get(page.name);
    if (!predicted) continue;
    const labels = labelsOf(page);
    const s = emptyScore();
    page.ingredients.forEach((text, line) => {
      mode.errors.push(
        ...scoreLine(
          {
            file: page.name,
            lang: page.lang,
            line,
            text,
            labels: labels.filter((m) => m.line === line),
            predicted: predicted[line] ?? [],
          },
          s,
        ),
      );
    });
    addScore(mode.overall, s);
    const l = mode.byLang.get(page.lang) ?? emptyScore();
    addScore(l, s);
    mode.byLang.set(page.lang, l);
  }
  return mode;
}

function predictLines(pages: CorpusPage[]): Predictions {
  const matcher = getMatcher();
  return new Map(
    pages.map((p) => [
      p.name,
      p.ingredients.map((text) => matcher.find(text, { lang: p.language ?? undefined })),
    ]),
  );
}

async function predictPages(pages: CorpusPage[]): Promise<{ predictions: Predictions; unaligned: number }> {
  const predictions: Predictions = new Map();
  let unaligned = 0;
  for (const page of pages) {
    if (!page.html) continue;
    const r = await predictPage(page);
    predictions.set(page.name, r.predicted);
    unaligned += r.unaligned;
  }
  return { predictions, unaligned };
}

const fmt = (x: number) => x.toFixed(3);

function summary(s: Score) {
  return {
    precision: precision(s.all),
    recall: recall(s.all),
    foodAccuracy: accuracyOf(s),
    core: { precision: precision(s.core), recall: recall(s.core), ...s.core },
    butter: { precision: precision(s.butter), recall: recall(s.butter), ...s.butter },
    all: s.all,
    accuracy: s.accuracy,
    lines: s.lines,
    skippedLines: s.skipped,
  };
}

function passes(s: Score): boolean {
  return (
    precision(s.all) >= THRESHOLDS.precision &&
    recall(s.all) >= THRESHOLDS.recall &&
    accuracyOf(s) >= THRESHOLDS.accuracy
  );
}

function printMode(title: string, mode: ModeResult, maxErrors: number): void {
  const c = (x: { tp: number; fp: number; fn: number }) =>
    `P ${fmt(precision(x))} R ${fmt(recall(x))} (${x.tp}/${x.fp}/${x.fn})`;
  const row = (name: string, s: Score) =>
    `  ${name.padEnd(8)} all ${c(s.all)}  core ${c(s.core)}  butter ${c(s.butter)}  food acc ${fmt(accuracyOf(s))} (${s.accuracy.correct}/${s.accuracy.correct + s.accuracy.wrong})  ${s.lines} lines`;
  console.info(`\n== ${title} ==   (counts: tp/fp/fn over (line, food) pairs)`);
  console.info(row('overall', mode.overall));
  for (const [lang, s] of [...mode.byLang].sort((a, b) => b[1].lines - a[1].lines))
    console.info(row(lang, s));
  if (mode.errors.length) {
    console.info(
      `  errors (${mode.errors.length}${mode.errors.length > maxErrors ? `, first ${maxErrors}` : ''}):`,
    );
    for (const e of mode.errors.slice(0, maxErrors))
      console.info(
        `    ${e.kind.padEnd(4)} ${e.what.padEnd(30)} ${e.lang.padEnd(7)} ${e.file}#${e.line}: ${e.text}`,
      );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const asLabelled = args.includes('--as-labelled');
  const corpusArg = args.indexOf('--corpus');
  const errorsArg = args.indexOf('--errors');
  const maxErrors = errorsArg >= 0 ? Number(args[errorsArg + 1]) : 100;
  const pages = readCorpus(corpusDir(corpusArg >= 0 ? args[corpusArg + 1] : undefined));
  const errata = readErrata();
  const published = (p: CorpusPage) => p.mentions;
  const corrected = (p: CorpusPage) => correctedMentions(p, errata);

  const t0 = performance.now();
  const lineP = predictLines(pages);
  const t1 = performance.now();
  const pageP = args.includes('--no-pages') ? undefined : await predictPages(pages);
  const t2 = performance.now();

  const modes = {
    lines: { published: score(pages, lineP, published), corrected: score(pages, lineP, corrected) },
    ...(pageP
      ? {
          pages: {
            published: score(pages, pageP.predictions, published),
            corrected: score(pages, pageP.predictions, corrected),
          },
        }
      : {}),
  };
  const gate = asLabelled ? 'published' : 'corrected';
  const ok = Object.values(modes).every((m) => passes(m[gate].overall));

  if (json) {
    const out = {
      thresholds: THRESHOLDS,
      gate: gate === 'published' ? 'labels as published' : 'labels with errata',
      pass: ok,
      errata,
      ...Object.fromEntries(
        Object.entries(modes).map(([name, m]) => [
          name,
          Object.fromEntries(
            (['published', 'corrected'] as const).map((k) => [
              k,
              {
                overall: summary(m[k].overall),
                byLanguage: Object.fromEntries([...m[k].byLang].map(([l, s]) => [l, summary(s)])),
                errors: m[k].errors,
              },
            ]),
          ),
        ]),
      ),
      ...(pageP ? { unalignedLines: pageP.unaligned } : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    console.info(
      `corpus: ${pages.length} pages, ${pages.reduce((n, p) => n + p.ingredients.length, 0)} ingredient lines`,
    );
    printMode(`lines, labels as published (${(t1 - t0).toFixed(0)} ms)`, modes.lines.published, maxErrors);
    if (modes.pages) {
      printMode(`pages, labels as published (${(t2 - t1).toFixed(0)} ms)`, modes.pages.published, maxErrors);
      console.info(`  labelled lines the page scan did not find: ${pageP?.unaligned}`);
    }
    console.info(`\n== label errata (tests/tools/corpus-errata.json): ${errata.length} lines ==`);
    for (const e of errata) console.info(`  ${e.page}#${e.line}: ${e.reason}`);
    printMode('lines, labels with errata', modes.lines.corrected, maxErrors);
    if (modes.pages) printMode('pages, labels with errata', modes.pages.corrected, maxErrors);

    const verdict = (name: string, s: Score) =>
      `  ${name.padEnd(28)} precision ${fmt(precision(s.all))}  recall ${fmt(recall(s.all))}  food accuracy ${fmt(accuracyOf(s))}  ${passes(s) ? 'pass' : 'FAIL'}`;
    console.info(
      `\nthresholds: precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}, food accuracy ≥ ${THRESHOLDS.accuracy}`,
    );
    for (const [name, m] of Object.entries(modes)) {
      console.info(verdict(`${name}, as published`, m.published.overall));
      console.info(verdict(`${name}, with errata`, m.corrected.overall));
    }
    console.info(
      `${ok ? 'PASS' : 'FAIL'} (gate: labels ${gate === 'published' ? 'as published' : 'with errata'})`,
    );
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
