import { readFile, stat } from 'node:fs/promises';

/**
 * Read a file, refusing anything but a regular file: reading a FIFO blocks until something writes
 * to it, so a FIFO planted where a YAML file is expected would hang `check` in CI for ever. The
 * error for such a file has the message "not a regular file: a FIFO, socket or device"; other
 * errors (ENOENT, EACCES, EISDIR …) are the file system's own.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  const info = await stat(file);
  if (!info.isFile() && !info.isDirectory()) throw new Error('not a regular file: a FIFO, socket or device');
  return readFile(file);
}
