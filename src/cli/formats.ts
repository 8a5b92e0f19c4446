import type { Extraction } from '../index';
import { createDisplay } from './arabic-display';
import { namesFiles, type RunOptions } from './arguments';
import { renderPretty } from './pretty';

/** Turns one successful result (a compact JSON line) into what goes to stdout. */
export type Format = (label: string, output: string) => string;

/**
 * - one input: the extraction as one indented JSON document;
 * - --jsonl, or files named (several, or --with-filename): JSON Lines, each result already carrying
 *   its `id` or `file`;
 * - --pretty: tables, under a heading naming the input unless there is only one.
 */
export async function createFormat(options: RunOptions, warn: (note: string) => void): Promise<Format> {
  const single = !options.jsonl && !namesFiles(options);
  if (options.pretty) {
    const display = await createDisplay(options.shape, warn);
    return (label, output) => {
      const result = JSON.parse(output) as Extraction & { id?: string | number | null };
      return single ? renderPretty(result, display) : renderPretty(result, display, heading(label, result.id)) + '\n';
    };
  }
  if (single) return (_label, output) => JSON.stringify(JSON.parse(output), null, 2) + '\n';
  return (_label, output) => output + '\n';
}

/** `FILE`, or `FILE:LINE` followed by the line's id when it has one. */
function heading(label: string, id: string | number | null | undefined): string {
  return id === undefined || id === null ? label : `${label}, id ${JSON.stringify(id)}`;
}
