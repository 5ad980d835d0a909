import module from 'node:module';

/**
 * Keep V8's compiled code of the commands between runs where Node can: `module.enableCompileCache`
 * (Node 22.1 and later; in `$NODE_COMPILE_CACHE`, else the system temp folder, and off with
 * `NODE_DISABLE_COMPILE_CACHE=1`), as tsc does. Called by the bin before a command is imported,
 * so the chunks each command loads are read from the cache instead of compiled again. Node 20
 * has no such API: there it does nothing. A cache that cannot be used is no error.
 */
export function enableCompileCache(): void {
  const enable = (module as { readonly enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    enable.call(module);
  } catch {
    // Only ever a shortcut.
  }
}
