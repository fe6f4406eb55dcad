/**
 * `npm run data`: validates src/data/sources and writes the compiled dataset to
 * src/data/generated/dataset.json, then the matcher compiled at build time to
 * src/match/generated/ when its sources changed (src/match/build/build-matcher.ts).
 * Run before build, typecheck, tests, scan and bench. Exits 1 with every problem
 * (file, line, column) when a source is invalid.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatcherData } from '../../match/build/build-matcher';
import { compileDataset } from './compile';
import type { OffTaxonomy } from './foods';
import { DatasetError, SOURCE_FILES, type SourceName, type SourceTexts } from './schema';

const here = dirname(fileURLToPath(import.meta.url));
const sourcesDir = join(here, '..', 'sources');
const outFile = join(here, '..', 'generated', 'dataset.json');

export function readSources(dir = sourcesDir): { texts: SourceTexts; off: OffTaxonomy } {
  const texts = {} as SourceTexts;
  for (const [name, file] of Object.entries(SOURCE_FILES) as [SourceName, string][]) {
    texts[name] = readFileSync(join(dir, file), 'utf8');
  }
  const off = JSON.parse(readFileSync(join(dir, 'raw', 'off-taxonomy-extract.json'), 'utf8')) as OffTaxonomy;
  return { texts, off };
}

/** Whether the compiled dataset is newer than every source file and this build code. */
function upToDate(): boolean {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  const inputs = [
    ...Object.values(SOURCE_FILES).map((f) => join(sourcesDir, f)),
    join(sourcesDir, 'raw', 'off-taxonomy-extract.json'),
    ...[here, join(here, '..')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    ),
    ...readdirSync(join(here, '..', '..', 'nutrition')).map((f) => join(here, '..', '..', 'nutrition', f)),
  ];
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

function buildDataset(): void {
  if (process.argv.includes('--if-changed') && upToDate()) return;
  try {
    const dataset = compileDataset(readSources());
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(dataset)}\n`);
    const measured = dataset.foods.filter((f) => f.k2.basis === 'measured').length;
    process.stderr.write(
      `dataset ${dataset.version}: ${dataset.foods.length} foods (${measured} with their own K2 value), ` +
        `${dataset.sources.length} sources, ${dataset.warnings.length} warnings\n`,
    );
    for (const w of dataset.warnings) console.warn(`  warning: ${w}`);
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  buildDataset();
  await buildMatcherData(process.argv.includes('--force'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
