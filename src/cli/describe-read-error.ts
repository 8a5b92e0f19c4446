/** A file that cannot be read, in a few words (`no such file`) rather than Node's `ENOENT: …, open 'x'`. */
export function describeReadError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
