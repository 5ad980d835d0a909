/**
 * A file system error in plain words: the one errno table of the program, for reading captures,
 * claim files and folders and for saving. `unknown` words an error whose code the table does not
 * know (`cannot read it` when reading: `cannot read it (EIO)`).
 */
export function describeIoError(error: unknown, unknown?: string): string {
  const e = error as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'too many levels of symlinks';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EEXIST':
      return 'a file of that name already exists';
    // The program's own refusals (src/util/confined-file.ts): their message says why.
    case 'EOUTSIDE':
    case 'ENOTREG':
    case 'EFBIG':
      return (error as Error).message;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return unknown === undefined ? message : `${unknown} (${e?.code ?? message})`;
    }
  }
}
