import { format } from 'node:util';
import { toTerminalSafe } from '../util/terminal-safe.js';

/**
 * Route what libraries print on their own through the terminal-safe escaper: process warnings
 * (the `yaml` library's, which quote a key of the user's file as is: a right-to-left override or
 * an 8-bit CSI would reach the terminal raw) and the console. urazuke's own output already goes
 * through `toTerminalSafe`; this covers every other line the process may print. Called once, by
 * the bin, before any command runs.
 */
export function guardLibraryOutput(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): void {
  // Node's own printer of warnings is a 'warning' listener; replace it with an escaping one.
  process.removeAllListeners('warning');
  process.on('warning', (warning: Error) => {
    stderr.write(`urazuke: warning: ${toTerminalSafe(`${warning.name === 'Warning' ? '' : `${warning.name}: `}${warning.message}`)}\n`);
  });
  const to = (stream: NodeJS.WritableStream) => (...args: unknown[]) => {
    stream.write(`${toTerminalSafe(format(...args))}\n`);
  };
  console.log = to(stdout);
  console.info = to(stdout);
  console.debug = to(stdout);
  console.warn = to(stderr);
  console.error = to(stderr);
}
