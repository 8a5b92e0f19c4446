import { fstatSync, statSync } from 'node:fs';
import { namesFiles, type RunOptions } from './arguments';
import { readDocuments } from './document-source';
import { FailureReport } from './failure-report';
import { createFormat } from './formats';
import { settleBatch } from './items';
import { readJsonl } from './jsonl-source';
import { mapInOrder } from './map-in-order';
import { Output, OutputClosedError, OutputError } from './output';
import { OutputFile } from './output-file';
import { createProgress, type ProgressPlan } from './progress';
import { createRunner } from './runner';

/** Runs khabar over every input; resolves to the exit status: 0, or 1 when some inputs failed. */
export async function run(options: RunOptions): Promise<0 | 1> {
  const file = options.output === undefined ? undefined : new OutputFile(options.output);
  const target = file?.stream ?? process.stdout;
  const progress = await createProgress(progressPlan(options), options.progress, file ? { isTTY: false } : process.stdout, process.stderr);
  const failures = new FailureReport(progress);
  const format = await createFormat(options, (note) => progress.note(`khabar: ${note}`));
  const output = new Output(target);
  let completed = false;
  const runner = await createRunner(options.workers);
  const batches = options.jsonl ? readJsonl(options.inputs, process.stdin) : readDocuments(options.inputs, namesFiles(options), process.stdin);
  try {
    for await (const settled of mapInOrder(batches, runner.concurrency, (items) => settleBatch(items, runner, options.referenceDate))) {
      let text = '';
      let bytes = 0;
      for (const result of settled) {
        bytes += result.bytes;
        if ('failure' in result) failures.add(result.label, result.failure);
        else text += format(result.label, result.output);
      }
      // One write per batch, awaited: when stdout is full, reading stops until it drains.
      if (text !== '') await output.write(text);
      progress.advance(settled.length, bytes);
    }
    await output.flush();
    await file?.commit();
    completed = true;
  } catch (error) {
    if (error instanceof OutputError) {
      progress.note(`khabar: ${error.message}`);
      return 1;
    }
    // The reader of stdout has gone (`| head`): stop quietly, as Unix tools do.
    if (!(error instanceof OutputClosedError)) throw error;
  } finally {
    if (!completed) file?.discard();
    progress.stop();
    await runner.close();
  }
  return failures.failed ? 1 : 0;
}

function progressPlan(options: RunOptions): ProgressPlan {
  if (!options.jsonl) return { unit: 'files', total: { items: options.inputs.length } };
  const bytes = totalBytes(options.inputs);
  return { unit: 'lines', total: bytes === undefined ? undefined : { bytes } };
}

/** The size of the input when every part of it is a regular file (stdin redirected from one counts); else unknown. */
function totalBytes(inputs: readonly string[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    try {
      const stats = input === '-' ? fstatSync(0) : statSync(input);
      if (!stats.isFile()) return undefined;
      total += stats.size;
    } catch {
      // A file that cannot be read is reported when its turn comes; it adds nothing to read.
    }
  }
  return total;
}
