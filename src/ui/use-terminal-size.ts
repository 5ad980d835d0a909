import { useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';

/**
 * Terminal size in cells, updated on resize (80×24 when the output does not say). On a real
 * terminal the screen is cleared when the size changes: the terminal has already rewrapped the
 * old frame, and Ink would otherwise erase fewer rows than it occupies, leaving debris.
 */
export function useTerminalSize(): { readonly columns: number; readonly rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  const last = useRef(size);
  useEffect(() => {
    const onResize = () => {
      const next = read();
      if (next.columns === last.current.columns && next.rows === last.current.rows) return;
      last.current = next;
      if (stdout.isTTY) stdout.write('\u001B[2J\u001B[H');
      setSize(next);
    };
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
