/**
 * The automaton built in steps is the same automaton as the one built at
 * once, and a matcher compiled in steps finds the same mentions; a page's
 * detector sets up the packed matcher (packed.test.ts: the same matcher).
 */
import { describe, expect, it } from 'vitest';
import { automatonSteps, buildAutomaton } from '../../../src/match/automaton';
import { compileLexicon, getMatcher, lexiconSteps, Matcher } from '../../../src/match/index';
import { createDetector } from '../../../src/page/scan-detector';

const TERMS = ['gouda', 'brie', 'cream cheese', 'cheese', 'kefir', 'ie'];

/** Runs a stepwise build to its end: what it returns and how many times it yielded. */
function drain<T>(steps: Generator<void, T, void>): { value: T; yields: number } {
  let yields = 0;
  let step = steps.next();
  while (!step.done) {
    yields++;
    step = steps.next();
  }
  return { value: step.value, yields };
}

describe('automaton built in steps', () => {
  it('yields between its phases and ends with the same tables as the one-call build', () => {
    const { value, yields } = drain(automatonSteps(TERMS));
    expect(yields).toBeGreaterThanOrEqual(3);
    const whole = buildAutomaton(TERMS);
    expect(value.states).toBe(whole.states);
    expect([...value.delta]).toEqual([...whole.delta]);
    expect([...value.outputs]).toEqual([...whole.outputs]);
    expect([...value.outStart]).toEqual([...whole.outStart]);
  });

  it('the matcher compiled in steps finds what the matcher built at once finds', () => {
    const lexicon = compileLexicon();
    const { value: stepped, yields } = drain(Matcher.compile(lexicon));
    expect(yields).toBeGreaterThanOrEqual(3);
    const whole = new Matcher(lexicon);
    for (const [text, lang] of [
      ['Old Amsterdam Gouda 48+ 400g', 'nl'],
      ['2 Tbsp white miso paste', 'en'],
      ['Jarlsberg skiver 200 g', 'no'],
      ['peanut butter', 'en'],
      ['Bio-Kefir 1,5 %', 'de'],
    ] as const) {
      const found = stepped.find(text, { lang }).map((m) => [m.foodId, m.text]);
      expect(found).toEqual(whole.find(text, { lang }).map((m) => [m.foodId, m.text]));
    }
    expect(stepped.find('Old Amsterdam Gouda 48+ 400g', { lang: 'nl' }).length).toBe(1);
  });

  it('the lexicon compiled in steps is the lexicon compiled at once', () => {
    const { value, yields } = drain(lexiconSteps());
    expect(yields).toBeGreaterThanOrEqual(2);
    const whole = compileLexicon();
    expect(value.patterns.map((p) => p.text)).toEqual(whole.patterns.map((p) => p.text));
    expect(value.problems).toEqual([]);
  });

  it("a detector's prepare() sets up the packed matcher in two steps (fold table, matcher)", () => {
    const detector = createDetector();
    const steps = detector.prepare?.();
    let count = 0;
    while (steps && !steps.next().done) count++;
    expect(count).toBe(1);
    expect(detector.matcher?.()).toBe(getMatcher());
    expect(detector.matcher?.().find('Feta 200 g', { lang: 'en' })[0]?.foodId).toBe('feta');
  });
});
