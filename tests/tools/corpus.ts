/** Reads the labelled corpus (../shared/corpus/recipes: PAGE.html + PAGE.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeLang } from '../../src/match/index';
import type { LabelMention } from './score';

export interface CorpusPage {
  /** File name without extension. */
  name: string;
  html: string;
  language: string | null;
  /** Normalized primary language ("en", "de", "no"…) or "unknown". */
  lang: string;
  ingredients: string[];
  mentions: LabelMention[];
  yields?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The corpus directory: --corpus DIR, $K2LENS_CORPUS, or ../shared/corpus next to the repository. */
export function corpusDir(arg?: string): string {
  const candidates = [
    arg,
    process.env.K2LENS_CORPUS,
    resolve(here, '../../../shared/corpus'),
    '/work/shared/corpus',
  ].filter((x): x is string => !!x);
  for (const c of candidates) {
    const dir = existsSync(join(c, 'recipes')) ? join(c, 'recipes') : c;
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json'))) return dir;
  }
  throw new Error(`corpus not found (tried ${candidates.join(', ')}); pass --corpus DIR`);
}

export interface Erratum {
  page: string;
  line: number;
  text: string;
  mentions: { text: string; food: string }[];
  reason: string;
}

/** The documented label corrections (tests/tools/corpus-errata.json). */
export function readErrata(): Erratum[] {
  const file = join(here, 'corpus-errata.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { errata: Erratum[] }).errata;
}

/** The labels of a page with the errata applied (each erratum replaces one line's labels). */
export function correctedMentions(page: CorpusPage, errata: readonly Erratum[]): LabelMention[] {
  const mine = errata.filter((e) => e.page === page.name);
  if (mine.length === 0) return page.mentions;
  for (const e of mine) {
    if (page.ingredients[e.line] !== e.text)
      throw new Error(
        `erratum ${e.page}#${e.line}: the line reads "${page.ingredients[e.line]}", not "${e.text}"`,
      );
  }
  const lines = new Set(mine.map((e) => e.line));
  return [
    ...page.mentions.filter((m) => !lines.has(m.line)),
    ...mine.flatMap((e) => e.mentions.map((m) => ({ line: e.line, text: m.text, food: m.food }))),
  ].sort((a, b) => a.line - b.line);
}

export function readCorpus(dir: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const name = f.slice(0, -5);
    const label = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      language?: string | null;
      ingredients: string[];
      mentions: LabelMention[];
      yields?: string;
    };
    const htmlFile = join(dir, `${name}.html`);
    pages.push({
      name,
      html: existsSync(htmlFile) ? readFileSync(htmlFile, 'utf8') : '',
      language: label.language ?? null,
      lang: normalizeLang(label.language ?? undefined) ?? 'unknown',
      ingredients: label.ingredients,
      mentions: label.mentions,
      ...(label.yields ? { yields: label.yields } : {}),
    });
  }
  return pages;
}
