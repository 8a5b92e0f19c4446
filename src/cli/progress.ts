import type { MultiBar, SingleBar } from 'cli-progress';

/** Progress of a run, and the one way to write a line to stderr while a bar may be on screen. */
export interface Progress {
  /** Counts inputs (files or lines) done and the input bytes they took up. */
  advance(items: number, bytes: number): void;
  /** Writes one line to stderr above the bar, if there is one. */
  note(line: string): void;
  /** Removes the bar. */
  stop(): void;
}

export interface ProgressPlan {
  unit: 'files' | 'lines';
  /** What 100% is: a count of inputs, or of input bytes (JSON Lines from files); unknown for a pipe. */
  total: { items: number } | { bytes: number } | undefined;
}

// Runs that finish sooner never show a bar, so a handful of inputs never makes it flash.
const SHOW_AFTER_MS = 1000;

/**
 * A bar on `stderr` when it is a terminal and stdout is not (stdout on the same terminal would
 * write through the bar), unless `wanted` is false (--no-progress).
 */
export async function createProgress(
  plan: ProgressPlan,
  wanted: boolean,
  stdout: { isTTY?: boolean },
  stderr: NodeJS.WriteStream,
): Promise<Progress> {
  if (!wanted || !stderr.isTTY || stdout.isTTY) return withoutBar(stderr);
  // Loaded only here: runs with no bar do not pay for it.
  const { MultiBar } = await import('cli-progress');
  const createBars = () =>
    new MultiBar({
      stream: stderr,
      format: barFormat(plan),
      clearOnComplete: true,
      fps: 5,
      barsize: 30,
      // Cut the bar at the terminal's width rather than switch the terminal's line wrapping off,
      // which a run interrupted with Ctrl-C would leave off.
      linewrap: true,
    });
  return new TerminalProgress(plan, stderr, createBars);
}

function withoutBar(stderr: NodeJS.WritableStream): Progress {
  return { advance: () => {}, note: (line) => void stderr.write(line + '\n'), stop: () => {} };
}

function barFormat(plan: ProgressPlan): string {
  const counts = `{items} ${plan.unit} | {rate} ${plan.unit}/s`;
  // {bar} and {percentage} follow the bar's value: inputs done, or bytes read (see TerminalProgress.value).
  return plan.total === undefined ? counts : `{bar} {percentage}% | ${counts} | ETA {eta_formatted}`;
}

class TerminalProgress implements Progress {
  private readonly startedAt = Date.now();
  private items = 0;
  private bytes = 0;
  private shown: { bars: MultiBar; bar: SingleBar } | undefined;

  constructor(
    private readonly plan: ProgressPlan,
    private readonly stderr: NodeJS.WritableStream,
    private readonly createBars: () => MultiBar,
  ) {}

  advance(items: number, bytes: number): void {
    this.items += items;
    this.bytes += bytes;
    const elapsed = Date.now() - this.startedAt;
    if (!this.shown && elapsed < SHOW_AFTER_MS) return;
    const payload = { items: this.items, rate: Math.round((this.items * 1000) / elapsed) };
    if (this.shown) this.shown.bar.update(this.value(), payload);
    else this.show(payload);
  }

  note(line: string): void {
    // A MultiBar prints logged lines above the bar at its next redraw; a plain write would tear it.
    if (this.shown) this.shown.bars.log(line + '\n');
    else this.stderr.write(line + '\n');
  }

  stop(): void {
    if (!this.shown) return;
    // One last redraw prints the lines still waiting in the log before the bar is cleared.
    this.shown.bars.update();
    this.shown.bars.stop();
    this.shown = undefined;
  }

  private show(payload: object): void {
    const bars = this.createBars();
    const total = this.plan.total === undefined ? 0 : 'items' in this.plan.total ? this.plan.total.items : this.plan.total.bytes;
    this.shown = { bars, bar: bars.create(total, this.value(), payload) };
  }

  private value(): number {
    return this.plan.total !== undefined && 'bytes' in this.plan.total ? this.bytes : this.items;
  }
}
