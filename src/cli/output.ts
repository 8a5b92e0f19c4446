import { once } from 'node:events';

/** Whoever read khabar's output has gone (`khabar … | head`): there is no one left to write for. */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
}

/** Standard output failed for another reason (a full disk): the results are lost, so the run fails. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** Standard output with backpressure: a write resolves once the stream can take more. */
export class Output {
  private failure: Error | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // Without a listener, a failed write would crash the process with a stack trace.
    stream.on('error', (error: Error) => {
      this.failure ??= translate(error);
    });
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch (error) {
      throw translate(error as Error);
    }
  }

  /** Resolves once everything written has been handed to the system; throws if any of it failed. */
  async flush(): Promise<void> {
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
    if (this.failure) throw this.failure;
  }
}

function translate(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return new OutputClosedError('the reader closed standard output');
  return new OutputError(`cannot write the output (${error.message})`);
}
