// The SHA-256 of any file (a PDF, a scan), read in chunks so that its size does not matter.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The SHA-256 of a file's bytes, read in chunks; a problem is its errno code. */
export function hashFile(file: string): { sha256: string } | { problem: string } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    return { problem: (err as NodeJS.ErrnoException).code ?? 'error' };
  }
  try {
    if (!fstatSync(fd).isFile()) return { problem: 'EISDIR' };
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(1 << 16);
    for (let n = readSync(fd, chunk, 0, chunk.length, null); n > 0; n = readSync(fd, chunk, 0, chunk.length, null))
      hash.update(chunk.subarray(0, n));
    return { sha256: hash.digest('hex') };
  } catch (err) {
    return { problem: (err as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    closeSync(fd);
  }
}
