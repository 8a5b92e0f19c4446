import { isValidReferenceDate } from './reference-date';

/** What one run of `khabar` does, once the command line has been read. */
export interface RunOptions {
  /** File paths in the order given; `-` is standard input. Never empty: no FILE means `['-']`. */
  inputs: string[];
  jsonl: boolean;
  /** Files: JSON Lines with a `file` field even for a single FILE, as for several. */
  withFilename: boolean;
  pretty: boolean;
  /** With --pretty: shape Arabic and put it in visual order (off with --no-shape). */
  shape: boolean;
  referenceDate: string | undefined;
  /** Worker threads; undefined runs extraction on the main thread. */
  workers: number | undefined;
  /** False with --no-progress. */
  progress: boolean;
  /** -o FILE: the output goes to FILE, renamed into place once complete; undefined writes to stdout. */
  output: string | undefined;
  /** --html: one article's page instead of JSON. */
  html: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: RunOptions };

/** A command line khabar cannot run; exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

// Each thread holds its own copy of the lexicons; past the machine's cores, more only cost memory.
const MAX_WORKERS = 256;

const FLAGS = new Set(['--html', '--jsonl', '--with-filename', '--pretty', '--no-shape', '--no-progress', '--help', '-h', '--version']);
const VALUED = new Set(['--reference-date', '--workers', '-o', '--output']);

/** Reads argv (without `node` and the script). Options and files may come in any order; `--` ends options. */
export function parseArguments(argv: readonly string[]): Command {
  const options: RunOptions = {
    inputs: [],
    jsonl: false,
    withFilename: false,
    pretty: false,
    shape: true,
    referenceDate: undefined,
    workers: undefined,
    progress: true,
    output: undefined,
    html: false,
  };
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--') {
      for (const input of argv.slice(i + 1)) options.inputs.push(input);
      break;
    }
    if (argument === '-' || !argument.startsWith('-')) {
      options.inputs.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if (VALUED.has(name)) {
      const value = equals === -1 ? argv[++i] : argument.slice(equals + 1);
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      if (name === '--reference-date') options.referenceDate = readReferenceDate(value);
      else if (name === '--workers') options.workers = readWorkers(value);
      else if (value === '') throw new UsageError(`${name} needs a file name`);
      else options.output = value;
      continue;
    }
    if (!FLAGS.has(argument)) {
      throw new UsageError(FLAGS.has(name) ? `${name} takes no value` : `unknown option ${argument}`);
    }
    if (argument === '--help' || argument === '-h') help = true;
    else if (argument === '--version') version = true;
    else if (argument === '--jsonl') options.jsonl = true;
    else if (argument === '--with-filename') options.withFilename = true;
    else if (argument === '--pretty') options.pretty = true;
    else if (argument === '--html') options.html = true;
    else if (argument === '--no-shape') options.shape = false;
    else options.progress = false;
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (!options.shape && !options.pretty) throw new UsageError('--no-shape applies to --pretty output only');
  if (options.inputs.length === 0) options.inputs.push('-');
  if (options.html) checkHtml(options);
  return { kind: 'run', options };
}

/**
 * Whether each result names the file it came from (`"file"`, one JSON line per file): with several
 * FILEs, or with --with-filename, so that a script running khabar on batches of files of any size
 * (xargs) always gets the same shape.
 */
export function namesFiles(options: RunOptions): boolean {
  return !options.jsonl && (options.withFilename || options.inputs.length > 1);
}

/** --html writes one page for one article: nothing that reads or writes several goes with it. */
function checkHtml(options: RunOptions): void {
  if (options.inputs.length > 1) throw new UsageError('--html takes one FILE');
  const clash = options.jsonl ? '--jsonl' : options.pretty ? '--pretty' : options.withFilename ? '--with-filename' : options.workers ? '--workers' : undefined;
  if (clash) throw new UsageError(`--html cannot go with ${clash}`);
}

function readReferenceDate(value: string): string {
  if (!isValidReferenceDate(value)) {
    throw new UsageError(`--reference-date must be a date such as 2020-11-16, got ${JSON.stringify(value)}`);
  }
  return value;
}

function readWorkers(value: string): number {
  const workers = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(workers >= 1 && workers <= MAX_WORKERS)) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(value)}`);
  }
  return workers;
}
