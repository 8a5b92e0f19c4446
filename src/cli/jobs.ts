import { extract } from '../index';
import { parseJsonlRecord, RecordError } from './jsonl-record';
import { invalidReferenceDateMessage } from './reference-date';

/**
 * One extraction to run. A --jsonl line travels unparsed so that a worker pool parallelizes the
 * parsing too; `file` is set when several files share one output stream and each result must say
 * which file it is.
 */
export type Job = { kind: 'document'; text: string; file?: string } | { kind: 'line'; line: string };

/** What the main thread hands a worker: jobs go in batches so that one message carries many lines. */
export interface Task {
  jobs: Job[];
  /** From --reference-date (already validated); a line's own referenceDate wins. */
  referenceDate: string | undefined;
}

/**
 * A job's result as one compact JSON text, or why the job failed. A string crosses between threads
 * far more cheaply than the object graph it serializes.
 */
export type Outcome = { output: string } | { error: string };

/** Runs every job of a task; one job's failure never stops the others. Used in worker threads and on the main thread alike. */
export function runTask(task: Task): Outcome[] {
  return task.jobs.map((job) => {
    try {
      return { output: job.kind === 'line' ? extractLine(job.line, task.referenceDate) : extractDocument(job, task.referenceDate) };
    } catch (error) {
      return { error: describeFailure(error) };
    }
  });
}

function extractDocument(job: Extract<Job, { kind: 'document' }>, referenceDate: string | undefined): string {
  const extraction = extract(job.text, { referenceDate });
  return JSON.stringify(job.file === undefined ? extraction : { file: job.file, ...extraction });
}

function extractLine(line: string, defaultReferenceDate: string | undefined): string {
  const record = parseJsonlRecord(line);
  const referenceDate = record.referenceDate ?? defaultReferenceDate;
  try {
    // the id's own JSON text first (see JsonlRecord.idJson), then the extraction's fields
    return `{"id":${record.idJson},${JSON.stringify(extract(record.text, { referenceDate })).slice(1)}`;
  } catch (error) {
    // extract() throws a RangeError for an invalid referenceDate; --reference-date was validated up
    // front, so only the line's own field can be the culprit.
    if (error instanceof RangeError && record.referenceDate !== undefined) {
      throw new RecordError(invalidReferenceDateMessage(record.referenceDate), record.idJson);
    }
    throw error;
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof RecordError) return error.idJson === null ? error.message : `id ${error.idJson}: ${error.message}`;
  // Anything else is a bug in khabar; say so rather than blame the input.
  return `extraction failed (a bug in khabar, please report it): ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
}
