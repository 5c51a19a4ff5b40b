// Read a file as UTF-8 text within a size limit, refusing what is not a regular file and text that is not UTF-8.

import { constants as bufferConstants, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { describeEncoding } from './text-encoding.js';
import { InputError } from '../core/input-error.js';

/** The largest file snc can read: a JavaScript string holds at most this many characters, and UTF-8 has at least one byte each. */
export const MAX_READABLE_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** Why a size limit cannot be used (it promises files that could be read but never parsed), or undefined. */
export const maxBytesProblem = (n: number): string | undefined =>
  n > MAX_READABLE_BYTES
    ? `${n} is above the largest file snc can read, ${MAX_READABLE_BYTES} bytes (the longest text a JavaScript string can hold, about 512 MiB)`
    : undefined;

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

/** What a file that is not regular is, for the message that refuses it. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'is a directory, expected a YAML file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), expected a regular YAML file';
  if (stat.isSocket()) return 'is a socket, expected a regular YAML file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, expected a regular YAML file';
  return 'is not a regular file, expected a YAML file';
}

/**
 * Read a text file of at most maxBytes bytes; anything else is an InputError naming the file. A FIFO, a socket or a
 * device is refused from its status before it is opened (opening a FIFO blocks until a writer comes); the open itself
 * never blocks (O_NONBLOCK), and the opened file is checked again, in case the path changed in between.
 */
export function readText(file: string, maxBytes: number): FileText {
  let before: Stats;
  try {
    before = statSync(file);
  } catch (err) {
    throw new InputError(errnoMessage((err as NodeJS.ErrnoException).code), { file });
  }
  if (!before.isFile()) throw new InputError(kindOf(before), { file });
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new InputError(errnoMessage((err as NodeJS.ErrnoException).code), { file });
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(kindOf(stat), { file });
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

/** The text of bytes read from `file` (a name in messages): refused at the first byte that is a NUL or not UTF-8. */
export function decodeText(file: string, bytes: Uint8Array): FileText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.indexOf(0) >= 0 || !isUtf8(buffer)) {
    const { message, line, column } = describeEncoding(buffer);
    throw new InputError(message, { file, line, column });
  }
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return { text: buffer.toString('utf8', start), sha256: createHash('sha256').update(buffer).digest('hex') };
}
