// Read a file as UTF-8 text within a size limit, refusing directories, missing files and binary content.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './input-error.js';

/** A file's text (without a byte-order mark) and the sha256 of its bytes. */
export interface FileText {
  text: string;
  sha256: string;
}

const errnoMessage = (code: string | undefined): string =>
  code === 'ENOENT'
    ? 'file not found'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission denied, cannot read the file'
      : code === 'EISDIR'
        ? 'is a directory, expected a YAML file'
        : `cannot read the file (${code ?? 'error'})`;

/** Read a text file of at most maxBytes bytes; anything else is an InputError naming the file. */
export function readText(file: string, maxBytes: number): FileText {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new InputError(errnoMessage((err as NodeJS.ErrnoException).code), { file });
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory, expected a YAML file', { file });
    if (!stat.isFile()) throw new InputError('is not a regular file, expected a YAML file', { file });
    if (stat.size > maxBytes)
      throw new InputError(`file is ${stat.size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`, { file });
    bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, null);
      if (n === 0) break;
      read += n;
    }
    bytes = bytes.subarray(0, read);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errnoMessage((err as NodeJS.ErrnoException).code), { file });
  } finally {
    closeSync(fd);
  }
  return decodeText(file, bytes);
}

/** The text of bytes read from `file` (a name in messages): refused when binary or not UTF-8. */
export function decodeText(file: string, bytes: Uint8Array): FileText {
  const nul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
  if (nul >= 0) throw new InputError(`binary content (a NUL byte at offset ${nul}), expected a YAML text file`, { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text, expected a YAML text file', { file });
  }
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
