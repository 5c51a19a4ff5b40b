// Read a file as UTF-8 text within a size limit, refusing what is not a regular file and text that is not UTF-8.

import { constants as bufferConstants, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { describeEncoding } from './text-encoding.js';
import { InputError, ref, type MessageRef } from '../core/input-error.js';

/** The largest file snc can read: a JavaScript string holds at most this many characters, and UTF-8 has at least one byte each. */
export const MAX_READABLE_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** Why a size limit cannot be used (it promises files that could be read but never parsed), or undefined. */
export const maxBytesProblem = (n: number): MessageRef | undefined =>
  n > MAX_READABLE_BYTES
    ? ref('input.max-bytes.too-large', { n: String(n), max: String(MAX_READABLE_BYTES) })
    : undefined;

/** A file's text (without a byte-order mark) and the sha256 of its bytes. */
export interface FileText {
  text: string;
  sha256: string;
}

const errnoMessage = (code: string | undefined): MessageRef =>
  code === 'ENOENT'
    ? ref('input.read.not-found')
    : code === 'EACCES' || code === 'EPERM'
      ? ref('input.read.denied')
      : code === 'EISDIR'
        ? ref('input.read.directory')
        : ref('input.read.failed', { code: code ?? 'error' });

/** What a file that is not regular is, for the message that refuses it. */
function kindOf(stat: Stats): MessageRef {
  if (stat.isDirectory()) return ref('input.read.directory');
  if (stat.isFIFO()) return ref('input.read.fifo');
  if (stat.isSocket()) return ref('input.read.socket');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return ref('input.read.device');
  return ref('input.read.not-regular');
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
      throw new InputError(ref('input.read.too-big', { size: String(stat.size), max: String(maxBytes) }), { file });
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
