/**
 * The matcher compiled at build time (run by `npm run data` with the dataset,
 * or alone: `tsx src/match/build/build-matcher.ts [--force]`): writes
 * src/match/generated/ (git-ignored):
 * - fold.json: the fold table's runs (../fold-table.ts);
 * - matcher.json: the compiled lexicon and its automaton, packed (../packed.ts);
 * - terms.json: every written term of each food, for search (../terms.ts).
 * Each holds the hash of src/match's sources (every .ts file but the generated
 * ones, and the Unicode version of the Node that computes the fold table); they
 * are written again when it changes, and a unit test fails while they are stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const matchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = join(matchDir, 'generated');
const FILES = ['fold.json', 'matcher.json', 'terms.json'] as const;

/** Hash of src/match's sources: what the generated files are made of. */
export function sourcesHash(): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (path !== GENERATED_DIR) walk(path);
      } else if (e.name.endsWith('.ts')) files.push(path);
    }
  };
  walk(matchDir);
  const hash = createHash('sha256');
  hash.update(`unicode ${process.versions.unicode}\0`);
  for (const f of files) {
    hash.update(`${relative(matchDir, f).split('\\').join('/')}\0`);
    hash.update(readFileSync(f));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The hash a generated file was made from (undefined when it is missing or unreadable). */
export function generatedHash(file: (typeof FILES)[number]): string | undefined {
  const path = join(GENERATED_DIR, file);
  if (!existsSync(path)) return undefined;
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { hash?: string }).hash;
  } catch {
    return undefined;
  }
}

function write(file: (typeof FILES)[number], value: object): number {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(join(GENERATED_DIR, file), text);
  return Buffer.byteLength(text);
}

/**
 * Writes the generated files when they are missing or stale (always with
 * `force`); returns whether it wrote them. Lexicon problems are printed as
 * warnings (the lexicon's unit test fails on them).
 */
export async function buildMatcherData(force = false): Promise<boolean> {
  const hash = sourcesHash();
  if (!force && FILES.every((f) => generatedHash(f) === hash)) return false;
  mkdirSync(GENERATED_DIR, { recursive: true });
  // The fold table first: compiling the lexicon folds its terms with it (../fold.ts imports fold.json).
  const { computeFoldTable, packFoldTable } = await import('../fold-table');
  const foldBytes = write('fold.json', { hash, runs: packFoldTable(computeFoldTable()) });
  const { compileLexicon } = await import('../lexicon/index');
  const { buildAutomaton } = await import('../automaton');
  const { packMatcher } = await import('../packed');
  const lexicon = compileLexicon();
  const packed = packMatcher(lexicon, buildAutomaton(lexicon.patterns.map((p) => p.text)), hash);
  const matcherBytes = write('matcher.json', packed);
  write('terms.json', { hash, terms: Object.fromEntries(lexicon.terms) });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  process.stderr.write(
    `matcher ${hash}: ${packed.patterns} patterns, ${packed.states} states (${kb(matcherBytes)} packed, fold table ${kb(foldBytes)})\n`,
  );
  for (const p of lexicon.problems) console.warn(`  warning: lexicon: ${p}`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildMatcherData(process.argv.includes('--force')).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
