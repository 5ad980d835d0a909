import { parentPort } from 'node:worker_threads';
import { extractFile, type FileJob } from './files.js';

/**
 * A worker thread of the extraction pool: receives `{id, job}`, answers `{id, result}` with the
 * figures of that file (or why it could not be read). Never throws across the thread boundary.
 */
parentPort?.on('message', (message: { readonly id: number; readonly job: FileJob }) => {
  extractFile(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, result: { file: message.job.file, reason: error instanceof Error ? error.message : String(error) } }),
  );
});
