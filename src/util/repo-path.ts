import path from 'node:path';

/** Why a path does not name a file inside the repository. */
export interface OutsideReason {
  readonly ok: false;
  readonly reason: string;
}

/** A path checked to stay inside the repository (before symlinks are followed: `confinedPath` of `confined-file.ts` follows them). */
export interface InsidePath {
  readonly ok: true;
  /** Repository-relative POSIX path, normalised (`./a//b` → `a/b`). */
  readonly relative: string;
  /** Absolute path. */
  readonly absolute: string;
}

/**
 * Check a repository-relative path as written in a claim or in `sources.yaml`, without touching
 * the file system: URLs, absolute paths (POSIX, Windows drive or UNC), any `..` segment,
 * backslashes and NUL bytes are refused, so a claim file can never point a reader outside the repository.
 */
export function checkRepoPath(root: string, written: string): InsidePath | OutsideReason {
  if (written.includes('\0')) return { ok: false, reason: 'the path contains a NUL byte' };
  if (/^[a-z][a-z0-9+.-]+:/i.test(written)) {
    return { ok: false, reason: 'it is a URL, expected the path of a capture inside the repository (put the address in sources.yaml)' };
  }
  if (path.posix.isAbsolute(written) || path.win32.isAbsolute(written) || /^[A-Za-z]:/.test(written)) {
    return { ok: false, reason: 'the path is absolute, expected a path relative to the repository root' };
  }
  if (written.includes('\\')) return { ok: false, reason: 'the path contains a backslash, expected `/` between folders' };
  const segments = written.split('/');
  if (segments.includes('..')) return { ok: false, reason: 'the path climbs out with `..`' };
  const relative = segments.filter((s) => s !== '' && s !== '.').join('/');
  if (relative === '') return { ok: false, reason: 'the path names the repository root, expected a file' };
  const absolute = path.join(root, ...relative.split('/'));
  return { ok: true, relative, absolute };
}

/** True when `child` is `parent` or below it. */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
