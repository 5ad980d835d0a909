import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractRead, readJob, type FileJob, type JobResult } from './files.js';

/**
 * Extraction over many files on every core: a pool of worker threads, each extracting one file
 * at a time. Results are handed to `onResult` in the order of the jobs (deterministic output)
 * as soon as every earlier job is done, so the caller can fold them as they come and memory
 * stays flat: only the results waiting for an earlier, slower file are held.
 */

/** Options of {@link extractAll}. */
export interface PoolOptions {
  /** Threads to use (default: every core; 1 = no worker threads). */
  readonly threads?: number;
}

/** Below this many bytes in all, starting threads costs more than it saves. */
const SMALL_INPUT = 2 * 1024 * 1024;

/** Run every job; `onResult(index, result)` is called in job order. */
export async function extractAll(
  jobs: readonly FileJob[],
  onResult: (index: number, result: JobResult) => void,
  options: PoolOptions & { readonly totalBytes?: number } = {},
): Promise<void> {
  if (jobs.length === 0) return;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  if (threads === 1 || (options.threads === undefined && options.totalBytes !== undefined && options.totalBytes < SMALL_INPUT)) {
    // The next file is read while this one is extracted, so the thread never waits for the disk.
    let reading = readJob(jobs[0]!);
    for (let i = 0; i < jobs.length; i++) {
      const bytes = await reading;
      if (i + 1 < jobs.length) reading = readJob(jobs[i + 1]!);
      onResult(i, extractRead(bytes, jobs[i]!));
    }
    return;
  }
  const waiting = new Map<number, JobResult>();
  let nextOut = 0;
  let nextJob = 0;
  const deliver = (id: number, result: JobResult): void => {
    waiting.set(id, result);
    while (waiting.has(nextOut)) {
      const ready = waiting.get(nextOut)!;
      waiting.delete(nextOut);
      onResult(nextOut, ready);
      nextOut++;
    }
  };
  const url = new URL('./worker.js', import.meta.url);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (worker: Worker): void => {
        if (nextJob >= jobs.length) {
          if (running === 0) resolve();
          return;
        }
        const id = nextJob++;
        running++;
        worker.postMessage({ id, job: jobs[id] });
      };
      for (let t = 0; t < threads; t++) {
        const worker = new Worker(url);
        workers.push(worker);
        worker.on('message', (message: { id: number; result: JobResult }) => {
          running--;
          try {
            deliver(message.id, message.result);
          } catch (error) {
            reject(error);
            return;
          }
          feed(worker);
          if (nextJob >= jobs.length && running === 0) resolve();
        });
        worker.on('error', reject);
        // Two jobs in flight per worker: it reads the next file while extracting this one.
        feed(worker);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
