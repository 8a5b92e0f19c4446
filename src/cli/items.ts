import type { Job, Outcome } from './jobs';
import type { Runner } from './runner';

/**
 * One input on its way through the pipeline: a job to run, or an input that failed before there was
 * anything to run (a missing file, invalid UTF-8). `label` names it in reports (`FILE` or `FILE:LINE`);
 * `bytes` is how much input it consumed, for the progress bar.
 */
export type Item = { label: string; bytes: number } & ({ job: Job } | { failure: string });

/** An item once run: its output line, or why it failed. */
export type Settled = { label: string; bytes: number } & ({ output: string } | { failure: string });

/** Runs a batch's jobs as one task and pairs each outcome back with its item, failures in place. */
export async function settleBatch(items: Item[], runner: Runner, referenceDate: string | undefined): Promise<Settled[]> {
  const jobs = items.flatMap((item) => ('job' in item ? [item.job] : []));
  const outcomes: Outcome[] = jobs.length > 0 ? await runner.run({ jobs, referenceDate }) : [];
  let next = 0;
  return items.map((item): Settled => {
    if ('failure' in item) return item;
    const outcome = outcomes[next++]!;
    const { label, bytes } = item;
    return 'output' in outcome ? { label, bytes, output: outcome.output } : { label, bytes, failure: outcome.error };
  });
}
