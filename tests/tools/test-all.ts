/**
 * `npm test`: every check in order — dataset build, typecheck, lint, unit
 * tests, Chrome and Firefox builds, Firefox lint, real-browser E2E tests
 * (Chromium and Firefox ESR) — continuing past failures so one run shows
 * everything. Ends with one line `N passed, N failed` summing all runners
 * (each non-test check counts as one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumVersion, firefoxVersion } from '../e2e/browsers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  note?: string;
}

const results: StepResult[] = [];
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

function run(cmd: string, args: string[]): { status: number; seconds: number } {
  const started = performance.now();
  const child = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return { status: child.status ?? 1, seconds: (performance.now() - started) / 1000 };
}

function banner(name: string): void {
  process.stdout.write(`\n━━ ${name} ${'━'.repeat(Math.max(0, 70 - name.length))}\n`);
}

function check(name: string, cmd: string, args: string[]): boolean {
  if (only.length > 0 && !only.includes(name)) return true;
  banner(name);
  const { status, seconds } = run(cmd, args);
  results.push({ name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, seconds });
  return status === 0;
}

function vitest(name: string, args: string[], skipReason?: string): void {
  if (only.length > 0 && !only.includes(name)) return;
  banner(name);
  if (skipReason) {
    // Counted as a failure: a skipped suite must never look like a pass.
    results.push({ name, passed: 0, failed: 1, seconds: 0, note: skipReason });
    process.stdout.write(`not run: ${skipReason}\n`);
    return;
  }
  const report = join(ARTIFACTS, `${name}.json`);
  rmSync(report, { force: true });
  const { status, seconds } = run('vitest', [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    results.push({ name, passed: 0, failed: 1, seconds, note: `vitest exited ${status} without a report` });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; message?: string }[];
  };
  // A suite that failed to load counts as a failure even when no test ran.
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.message).length;
  const skipped = json.numPendingTests + json.numTodoTests;
  results.push({
    name,
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles + skipped,
    seconds,
    ...(skipped > 0 ? { note: `${skipped} skipped or todo tests count as failed` } : {}),
  });
}

const started = performance.now();
const dataOk = check('dataset', 'tsx', ['src/data/build/build-dataset.ts']);
check('typecheck', 'tsc', ['--noEmit']);
check('lint', 'biome', ['check', '.']);
vitest('unit', [], dataOk ? undefined : 'the dataset build failed');
const chromeOk = check('build-chrome', 'wxt', ['build']);
const firefoxOk = check('build-firefox', 'wxt', ['build', '-b', 'firefox']);
if (firefoxOk)
  check('firefox-lint', 'web-ext', ['lint', '--source-dir', '.output/firefox-mv2', '--self-hosted']);
// Chromium runs the Chrome build, firefox-esr the Firefox build.
vitest(
  'e2e',
  ['--config', 'tests/e2e/vitest.config.ts'],
  chromeOk && firefoxOk ? undefined : 'the Chrome or Firefox build failed',
);

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write('\n━━ summary ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n');
for (const r of results) {
  const mark = r.failed === 0 ? 'ok  ' : 'FAIL';
  process.stdout.write(
    `${mark} ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}\n`,
  );
}
if (only.length === 0 || only.includes('e2e')) {
  process.stdout.write(`browsers: ${chromiumVersion()}, ${firefoxVersion()}\n`);
}
process.stdout.write(`total time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
