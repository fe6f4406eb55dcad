/**
 * Main-thread tasks attributable to the extension, from a Chromium trace
 * (pure: takes the trace events).
 *
 * Attribution: the Long Tasks API reports only "self"/"window" for every
 * task, and the Long Animation Frames API lists main-world scripts only (a
 * content script runs in an isolated world and never appears in `scripts`).
 * So the bench records a trace with the V8 sampling profiler on: a task
 * (`RunTask` on the page's renderer main thread) is the extension's when a
 * JavaScript sample taken during it has a frame from a `chrome-extension://`
 * script on its stack, or when it holds a script event (`FunctionCall`,
 * `EvaluateScript`, `v8.compile`) of such a script. Its whole duration counts,
 * garbage collection included.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface Task {
  /** ms since the first task of the thread. */
  start: number;
  ms: number;
  extension: boolean;
  /** For extension tasks: the functions most sampled in the task (self time), e.g. "find@0:2679 ×12". */
  top?: Frame[];
}

export interface Frame {
  functionName: string;
  url: string;
  line: number;
  column: number;
  samples: number;
}

export interface TaskSummary {
  /** Tasks of the renderer main thread the extension ran in. */
  tasks: Task[];
  extensionTasks: number;
  longestExtensionMs: number;
  extensionMs: number;
  /** Tasks ≥ 50 ms without extension code from the first extension task on (page work, rendering). */
  otherLongTasks: number[];
  samples: number;
  extensionSamples: number;
}

interface CallFrame {
  url?: string;
  functionName?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

interface Profile {
  pid: number;
  tid: number;
  nodes: Map<number, ProfileNode>;
  times: number[];
  sampleNodes: number[];
  clock: number;
}

/** The extension's tasks on the renderer main thread that ran its scripts (origin like "chrome-extension://id/"). */
export function extensionTasks(events: readonly TraceEvent[], origin: string): TaskSummary | null {
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    const data = e.args?.data as Record<string, unknown> | undefined;
    if (e.name === 'Profile' && data) {
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        nodes: new Map(),
        times: [],
        sampleNodes: [],
        clock: Number(data.startTime ?? e.ts),
      });
    } else if (e.name === 'ProfileChunk' && data) {
      const p = profiles.get(`${e.pid}:${e.id}`);
      if (!p) continue;
      const cpu = (data.cpuProfile ?? {}) as { nodes?: ProfileNode[]; samples?: number[] };
      for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
      const deltas = (data.timeDeltas ?? []) as number[];
      (cpu.samples ?? []).forEach((node, i) => {
        p.clock += deltas[i] ?? 0;
        p.times.push(p.clock);
        p.sampleNodes.push(node);
      });
    }
  }
  // The thread whose samples run extension code.
  let best: { p: Profile; ext: number[] } | null = null;
  for (const p of profiles.values()) {
    const memo = new Map<number, boolean>();
    const isExt = (id: number): boolean => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = p.nodes.get(id);
      const own = (node?.callFrame.url ?? '').startsWith(origin);
      const result = own || (node?.parent !== undefined && isExt(node.parent));
      memo.set(id, result);
      return result;
    };
    // Sample times are in order.
    const ext: number[] = [];
    p.sampleNodes.forEach((node, i) => {
      if (isExt(node)) ext.push(p.times[i] as number);
    });
    if (ext.length > 0 && (!best || ext.length > best.ext.length)) best = { p, ext };
  }
  if (!best) return null;
  const { p, ext } = best;
  const onThread = events.filter((e) => e.pid === p.pid && e.tid === p.tid && e.ph === 'X');
  const scriptEvents = onThread.filter(
    (e) =>
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
      String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith(origin),
  );
  const runTasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  if (runTasks.length === 0) return null;
  const t0 = (runTasks[0] as TraceEvent).ts;
  const hasSample = (from: number, to: number) => {
    let lo = 0;
    let hi = ext.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ext[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < ext.length && (ext[lo] as number) <= to;
  };
  const topFrames = (from: number, to: number): Frame[] => {
    const counts = new Map<number, number>();
    for (let i = 0; i < p.times.length; i++) {
      const t = p.times[i] as number;
      if (t >= from && t <= to) {
        const node = p.sampleNodes[i] as number;
        counts.set(node, (counts.get(node) ?? 0) + 1);
      }
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([id, samples]) => {
        const f = p.nodes.get(id)?.callFrame ?? {};
        return {
          functionName: f.functionName || '(anonymous)',
          url: f.url ?? '',
          line: f.lineNumber ?? -1,
          column: f.columnNumber ?? -1,
          samples,
        };
      });
  };
  const tasks: Task[] = runTasks.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    const extension = hasSample(t.ts, end) || scriptEvents.some((s) => s.ts >= t.ts && s.ts <= end);
    const task: Task = { start: (t.ts - t0) / 1000, ms: (t.dur ?? 0) / 1000, extension };
    if (extension && task.ms >= 30) task.top = topFrames(t.ts, end);
    return task;
  });
  const mine = tasks.filter((t) => t.extension);
  const first = mine[0]?.start ?? Number.POSITIVE_INFINITY;
  return {
    tasks: mine,
    extensionTasks: mine.length,
    longestExtensionMs: mine.reduce((m, t) => Math.max(m, t.ms), 0),
    extensionMs: mine.reduce((s, t) => s + t.ms, 0),
    otherLongTasks: tasks.filter((t) => !t.extension && t.start >= first && t.ms >= 50).map((t) => t.ms),
    samples: p.sampleNodes.length,
    extensionSamples: ext.length,
  };
}

/** The content script's start in a traced load (ms), from its evaluation to a user timing mark. */
export interface ScriptStart {
  /** Compiling and evaluating the script (its top-level code: every module's constants and tables). */
  evaluateMs: number;
  /** From the start of the script's evaluation to the mark (e.g. the first badge). */
  toMarkMs: number;
}

/**
 * The start of `scriptUrl` in a trace (its `EvaluateScript` event, with the
 * `v8.compile` events of that script inside or right before it) and the time
 * from there to the first user timing mark named `mark` (null when either is
 * missing).
 */
export function scriptStart(
  events: readonly TraceEvent[],
  scriptUrl: string,
  mark: string,
): ScriptStart | null {
  const urlOf = (e: TraceEvent) =>
    String((e.args?.data as { url?: string } | undefined)?.url ?? e.args?.fileName ?? '');
  const evaluate = events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && urlOf(e) === scriptUrl)
    .sort((a, b) => a.ts - b.ts)[0];
  const marked = events
    .filter((e) => e.name === mark && e.cat?.includes('user_timing'))
    .sort((a, b) => a.ts - b.ts)[0];
  if (!evaluate || !marked) return null;
  const end = evaluate.ts + (evaluate.dur ?? 0);
  // A compile of the script before its evaluation (not nested in it) counts too.
  const compiles = events.filter(
    (e) =>
      e.name === 'v8.compile' &&
      e.ph === 'X' &&
      e.pid === evaluate.pid &&
      e.tid === evaluate.tid &&
      urlOf(e) === scriptUrl &&
      e.ts < evaluate.ts &&
      e.ts + (e.dur ?? 0) <= evaluate.ts + 1,
  );
  const start = Math.min(evaluate.ts, ...compiles.map((e) => e.ts));
  return { evaluateMs: (end - start) / 1000, toMarkMs: (marked.ts - start) / 1000 };
}
