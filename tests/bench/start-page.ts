/**
 * The benchmark's start script: the matcher as the content script bundles it
 * (src/match with its data), bundled on its own at bench time and evaluated
 * in fresh pages, so that its evaluation and its set-up are measured cold, as
 * on a page the content script has not run on yet.
 */
import { foldString, getMatcher } from '../../src/match';

const now = () => performance.now();

const api = {
  /**
   * The matcher's set-up, each part the first time in this page: the fold
   * table (first fold), the matcher (`getMatcher()`), the pre-filter's flags
   * as a page scan asks for them on an English page (the page language's and
   * every language's), the first `find`.
   */
  setUp(): { foldTableMs: number; matcherMs: number; prefilterMs: number; findMs: number; totalMs: number } {
    const t0 = now();
    foldString('a');
    const t1 = now();
    const matcher = getMatcher();
    const t2 = now();
    matcher.prefilter('en', { others: true });
    const t3 = now();
    matcher.find('Old Amsterdam Gouda 48+ 400 g', { lang: 'nl' });
    const t4 = now();
    return {
      foldTableMs: t1 - t0,
      matcherMs: t2 - t1,
      prefilterMs: t3 - t2,
      findMs: t4 - t3,
      totalMs: t4 - t0,
    };
  },
};

export type StartApi = typeof api;

(globalThis as unknown as { k2start: StartApi }).k2start = api;
