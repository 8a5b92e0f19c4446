import { basename } from 'node:path';
import { articlePage } from '../../playground/pages';
import { extract } from '../index';
import type { RunOptions } from './arguments';
import { readDocuments } from './document-source';
import { Output, OutputClosedError, OutputError } from './output';
import { OutputFile } from './output-file';

/**
 * `khabar --html FILE`: the article's page (its text marked, the panels, the JSON), drawn by the
 * playground's own renderer, on stdout or into -o FILE. Resolves to 1 when the input cannot be read
 * or the page cannot be written.
 */
export async function writeHtmlPage(options: RunOptions): Promise<0 | 1> {
  const input = options.inputs[0]!;
  let page = '';
  for await (const batch of readDocuments([input], false, process.stdin)) {
    for (const item of batch) {
      if ('failure' in item) {
        process.stderr.write(`khabar: ${item.label}: ${item.failure}\n`);
        return 1;
      }
      if (item.job.kind !== 'document') throw new Error('an article is read as one document');
      const { text } = item.job;
      page = articlePage(input === '-' ? 'Standard input' : basename(input), text, extract(text, { referenceDate: options.referenceDate }));
    }
  }
  const file = options.output === undefined ? undefined : new OutputFile(options.output);
  const output = new Output(file?.stream ?? process.stdout);
  try {
    await output.write(page);
    await output.flush();
    await file?.commit();
    return 0;
  } catch (error) {
    file?.discard();
    // The reader of stdout has gone (`| head`): stop quietly, as Unix tools do.
    if (error instanceof OutputClosedError) return 0;
    if (!(error instanceof OutputError)) throw error;
    process.stderr.write(`khabar: ${error.message}\n`);
    return 1;
  }
}
