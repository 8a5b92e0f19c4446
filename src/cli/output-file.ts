import { createWriteStream, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { OutputError } from './output';

const SIGNAL_EXIT_STATUS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * `-o FILE`: the output is written to a temporary file beside FILE (same directory, so the rename
 * cannot cross file systems) and renamed to FILE only once the run has completed. A run that is
 * interrupted (Ctrl-C, kill) or fails to write never leaves a half file under FILE's name; FILE
 * keeps what it held before.
 */
export class OutputFile {
  readonly stream: WriteStream;
  private readonly temporary: string;
  private readonly onSignal = (signal: keyof typeof SIGNAL_EXIT_STATUS): void => {
    this.discard();
    process.exit(SIGNAL_EXIT_STATUS[signal]);
  };

  constructor(private readonly path: string) {
    this.temporary = join(dirname(path), `.${basename(path)}.khabar-${process.pid}.tmp`);
    this.stream = createWriteStream(this.temporary);
    for (const signal of Object.keys(SIGNAL_EXIT_STATUS)) process.once(signal, this.onSignal);
  }

  /** Closes the temporary file and gives it FILE's name. */
  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
    try {
      renameSync(this.temporary, this.path);
    } catch (error) {
      throw new OutputError(`cannot write ${this.path} (${(error as Error).message})`);
    }
    this.stopListening();
  }

  /** Removes the temporary file; FILE is left as it was. */
  discard(): void {
    this.stream.destroy();
    try {
      unlinkSync(this.temporary);
    } catch {
      // never created (its directory is missing) or already gone
    }
    this.stopListening();
  }

  private stopListening(): void {
    for (const signal of Object.keys(SIGNAL_EXIT_STATUS)) process.off(signal, this.onSignal);
  }
}
