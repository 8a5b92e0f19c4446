import { basename } from 'node:path';
import { articlePage } from '../../playground/pages';
import { extract } from '../index';
import type { RunOptions } from './arguments';
import { readDocuments } from './document-source';
import { Output } from './output';

/**
 * `khabar --html FILE`: the article's page (its text marked, the panels, the JSON) on stdout, drawn by
 * the playground's own renderer. Resolves to 1 when the input cannot be read.
 */
export async function writeHtmlPage(options: RunOptions): Promise<0 | 1> {
  const input = options.inputs[0]!;
  for await (const batch of readDocuments([input], false, process.stdin)) {
    for (const item of batch) {
      if ('failure' in item) {
        process.stderr.write(`khabar: ${item.label}: ${item.failure}\n`);
        return 1;
      }
      if (item.job.kind !== 'document') throw new Error('an article is read as one document');
      const { text } = item.job;
      const title = input === '-' ? 'Standard input' : basename(input);
      const output = new Output(process.stdout);
      await output.write(articlePage(title, text, extract(text, { referenceDate: options.referenceDate })));
      await output.flush();
    }
  }
  return 0;
}
