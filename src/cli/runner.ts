import { runTask, type Outcome, type Task } from './jobs';

/** Where tasks run: on the main thread, or on a pool of worker threads. */
export interface Runner {
  run(task: Task): Promise<Outcome[]>;
  /**
   * How many tasks may be under way at once. Enough to keep every thread busy while the main thread
   * reads and writes, few enough that memory stays constant however long the input.
   */
  readonly concurrency: number;
  close(): Promise<void>;
}

// One task running on each thread and one waiting, so no thread idles while the main thread catches up.
const TASKS_PER_WORKER = 2;

export async function createRunner(workers: number | undefined): Promise<Runner> {
  if (workers === undefined) {
    return { run: async (task) => runTask(task), concurrency: 1, close: async () => {} };
  }
  // Loaded here, not at the top: most runs use no pool and should not pay for loading piscina.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<Task, Outcome[]>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
  });
  return { run: (task) => pool.run(task), concurrency: workers * TASKS_PER_WORKER, close: () => pool.destroy() };
}
