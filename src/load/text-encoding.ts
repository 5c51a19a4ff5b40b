// What a file that is not UTF-8 text looks like (UTF-16, Latin-1, binary), and where its first bad byte is.

import { ref, type MessageRef } from '../core/input-error.js';

/** A refusal of bytes that are not UTF-8: the message, and the line and column of the first bad byte. */
export interface EncodingProblem {
  message: MessageRef;
  line: number;
  column: number;
}
const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none (overlongs and surrogates refused). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return b === 0 ? 0 : 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that is a NUL or not valid UTF-8, with the line and column (in characters) it is at. */
function firstBadByte(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) break;
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += n;
  }
  return { offset: i, line, column };
}

/** The share of zero bytes at even and at odd offsets among the first few kilobytes. */
function zeroParity(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++)
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2) };
}

/**
 * Why `bytes` (which hold a NUL byte or are not valid UTF-8) cannot be read as a description, and where: a UTF-16
 * byte-order mark; UTF-16 without one (ASCII text with a zero byte beside each character); another NUL byte
 * (binary content); else an invalid sequence, which in a text file most often means Latin-1 or Windows-1252.
 */
export function describeEncoding(bytes: Uint8Array): EncodingProblem {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      message: ref('input.encoding.utf16-bom', { order: 'LE', bytes: '0xFF 0xFE' }),
      line: 1,
      column: 1,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      message: ref('input.encoding.utf16-bom', { order: 'BE', bytes: '0xFE 0xFF' }),
      line: 1,
      column: 1,
    };
  const { offset, line, column } = firstBadByte(bytes);
  const byte = bytes[offset] ?? 0;
  if (byte === 0) {
    const { even, odd } = zeroParity(bytes);
    if (odd > 0.3 && even < 0.05)
      return {
        message: ref('input.encoding.utf16-nul', { order: 'LE' }),
        line,
        column,
      };
    if (even > 0.3 && odd < 0.05)
      return {
        message: ref('input.encoding.utf16-nul', { order: 'BE' }),
        line,
        column,
      };
    return {
      message: ref('input.encoding.binary'),
      line,
      column,
    };
  }
  return {
    message: ref('input.encoding.latin1', { byte: hex(byte) }),
    line,
    column,
  };
}
