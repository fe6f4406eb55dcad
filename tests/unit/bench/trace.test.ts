import { describe, expect, it } from 'vitest';
import { extensionTasks, scriptStart, type TraceEvent } from '../../bench/trace';

const EXT = 'chrome-extension://abc/';
const PID = 7;
const TID = 1;

/** A renderer main thread: tasks at [start, duration] (µs), and profile samples at times (µs) running `frame`. */
function trace(
  tasks: [number, number][],
  samples: [number, 'ext' | 'page'][],
  extra: TraceEvent[] = [],
): TraceEvent[] {
  const events: TraceEvent[] = tasks.map(([ts, dur]) => ({
    name: 'RunTask',
    ph: 'X',
    ts,
    dur,
    pid: PID,
    tid: TID,
  }));
  events.push({
    name: 'Profile',
    ph: 'P',
    ts: 0,
    pid: PID,
    tid: TID,
    id: '0x1',
    args: { data: { startTime: 0 } },
  });
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'main', url: `${EXT}content-scripts/content.js` } },
    { id: 3, parent: 2, callFrame: { functionName: 'find', url: `${EXT}content-scripts/content.js` } },
    { id: 4, parent: 1, callFrame: { functionName: 'pageCode', url: 'http://127.0.0.1/app.js' } },
  ];
  let last = 0;
  const timeDeltas = samples.map(([t]) => {
    const d = t - last;
    last = t;
    return d;
  });
  events.push({
    name: 'ProfileChunk',
    ph: 'P',
    ts: 0,
    pid: PID,
    tid: TID,
    id: '0x1',
    args: {
      data: { cpuProfile: { nodes, samples: samples.map(([, w]) => (w === 'ext' ? 3 : 4)) }, timeDeltas },
    },
  });
  return [...events, ...extra];
}

describe('extension tasks from a trace', () => {
  it('attributes a task to the extension when a sample in it runs extension code', () => {
    const s = extensionTasks(
      trace(
        [
          [1000, 20_000],
          [30_000, 80_000],
          [120_000, 60_000],
        ],
        [
          [5000, 'page'],
          [40_000, 'ext'],
          [100_000, 'page'],
          [130_000, 'page'],
        ],
      ),
      EXT,
    );
    expect(s?.extensionTasks).toBe(1);
    expect(s?.longestExtensionMs).toBe(80);
    expect(s?.tasks[0]?.top?.[0]).toMatchObject({ functionName: 'find', samples: 1 });
    // The page's 60 ms task after the extension started is not the extension's.
    expect(s?.otherLongTasks).toEqual([60]);
    expect(s?.extensionSamples).toBe(1);
  });

  it('attributes a task holding a script event of the extension, without samples', () => {
    const s = extensionTasks(
      trace(
        [
          [0, 10_000],
          [20_000, 55_000],
        ],
        [[1000, 'ext']],
        [
          {
            name: 'FunctionCall',
            ph: 'X',
            ts: 21_000,
            dur: 50_000,
            pid: PID,
            tid: TID,
            args: { data: { url: `${EXT}x.js` } },
          },
        ],
      ),
      EXT,
    );
    expect(s?.tasks.map((t) => t.ms)).toEqual([10, 55]);
    expect(s?.longestExtensionMs).toBe(55);
  });

  it('finds nothing when no sample runs extension code', () => {
    expect(extensionTasks(trace([[0, 100_000]], [[10, 'page']]), EXT)).toBeNull();
  });
});

describe('a content script start from a trace', () => {
  const url = `${EXT}content-scripts/content.js`;
  const ev = (
    name: string,
    ts: number,
    dur: number,
    data: Record<string, unknown> = { url },
  ): TraceEvent => ({
    name,
    ph: 'X',
    ts,
    dur,
    pid: PID,
    tid: TID,
    args: { data },
  });
  const mark = (ts: number): TraceEvent => ({
    name: 'k2lens-first-badge',
    cat: 'blink.user_timing',
    ph: 'R',
    ts,
    pid: PID,
    tid: TID,
  });

  it('counts from the compile before the evaluation to the first mark', () => {
    const s = scriptStart(
      [
        ev('EvaluateScript', 12_000, 4_000),
        ev('v8.compile', 10_000, 2_000),
        ev('v8.compile', 13_000, 500),
        ev('EvaluateScript', 1_000, 9_000, { url: 'http://127.0.0.1/app.js' }),
        mark(90_000),
        mark(95_000),
      ],
      url,
      'k2lens-first-badge',
    );
    expect(s).toEqual({ evaluateMs: 6, toMarkMs: 80 });
  });

  it('is null without the script or without the mark', () => {
    expect(scriptStart([mark(5)], url, 'k2lens-first-badge')).toBeNull();
    expect(scriptStart([ev('EvaluateScript', 1, 2)], url, 'k2lens-first-badge')).toBeNull();
  });
});
