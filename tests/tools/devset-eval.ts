/**
 * `npm run eval:titles`: the product titles of the real store pages
 * (tests/pages/real, labelled by hand: every title with its food slug and the
 * net mass it states) through the matcher and the package-amount reader, in
 * each page's language. Per language: precision and recall over (title, food)
 * pairs and food accuracy, scored as the corpus is (./score.ts, ./corpus-map.ts:
 * "ignore" titles skipped, "none" an empty set); and package grams: of the
 * titles whose label states a mass, the share read to within 1 % (or 1 g).
 *
 * `--json` prints the figures as JSON; `--errors` lists every miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMatcher } from '../../src/match/index';
import { packageAmount } from '../../src/nutrition/quantity';
import { accuracyOf, emptyScore, type LineError, precision, recall, type Score, scoreLine } from './score';

const DIR = join(import.meta.dirname, '..', 'pages', 'real');

interface Label {
  id: string;
  language: string;
  titles: { text: string; food: string; grams: number | null }[];
}

export interface LanguageFigures {
  language: string;
  titles: number;
  /** Titles labelled with a food. */
  foodTitles: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Titles whose label states a mass, and those read right. */
  grams: { stated: number; right: number };
}

export interface TitleMiss {
  page: string;
  text: string;
  what: string;
}

/** The dev set's labels (every page of tests/pages/real with a label file). */
export function devsetLabels(dir = DIR): Label[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Label)
    .filter((l) => Array.isArray(l.titles));
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.01 * b);

/** Scores every title of the dev set, per language. */
export function evaluateTitles(labels = devsetLabels()): {
  languages: LanguageFigures[];
  misses: TitleMiss[];
} {
  const matcher = getMatcher();
  const byLang = new Map<
    string,
    { score: Score; titles: number; foodTitles: number; stated: number; right: number }
  >();
  const misses: TitleMiss[] = [];
  for (const label of labels) {
    // "zh-Hant" is read as Chinese.
    const lang = label.language.split('-')[0] as string;
    let s = byLang.get(label.language);
    if (!s) {
      s = { score: emptyScore(), titles: 0, foodTitles: 0, stated: 0, right: 0 };
      byLang.set(label.language, s);
    }
    label.titles.forEach((t, line) => {
      const st = s as NonNullable<typeof s>;
      st.titles++;
      if (!['none', 'none_vegan', 'ignore'].includes(t.food)) st.foodTitles++;
      const found = matcher.find(t.text, { lang });
      const errors: LineError[] = scoreLine(
        {
          file: label.id,
          lang,
          line,
          text: t.text,
          labels: [{ line, text: t.text, food: t.food }],
          predicted: found.map((m) => ({ foodId: m.foodId, start: m.start, end: m.end, text: m.text })),
        },
        st.score,
      );
      for (const e of errors) misses.push({ page: label.id, text: t.text, what: `${e.kind} ${e.what}` });
      if (typeof t.grams === 'number' && t.grams > 0) {
        st.stated++;
        const read = packageAmount(t.text)?.grams;
        if (read !== undefined && near(read, t.grams)) st.right++;
        else misses.push({ page: label.id, text: t.text, what: `grams ${t.grams} read ${read ?? 'none'}` });
      }
    });
  }
  const languages = [...byLang]
    .map(([language, s]) => ({
      language,
      titles: s.titles,
      foodTitles: s.foodTitles,
      precision: precision(s.score.all),
      recall: recall(s.score.all),
      accuracy: accuracyOf(s.score),
      grams: { stated: s.stated, right: s.right },
    }))
    .sort((a, b) => b.foodTitles - a.foodTitles || a.language.localeCompare(b.language));
  return { languages, misses };
}

function main(): void {
  const args = process.argv.slice(2);
  const { languages, misses } = evaluateTitles();
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ languages, misses }, null, 2)}\n`);
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.info('language  titles  food titles  precision  recall  food accuracy  grams right');
  for (const l of languages)
    console.info(
      `${l.language.padEnd(9)} ${String(l.titles).padStart(6)}  ${String(l.foodTitles).padStart(11)}  ${f(l.precision).padStart(9)}  ${f(l.recall).padStart(6)}  ${f(l.accuracy).padStart(13)}  ${`${l.grams.right}/${l.grams.stated}`.padStart(11)}`,
    );
  if (args.includes('--errors')) for (const m of misses) console.info(`  ${m.page}  ${m.what}  «${m.text}»`);
}

if (process.argv[1]?.endsWith('devset-eval.ts')) main();
