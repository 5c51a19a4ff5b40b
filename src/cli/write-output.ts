// Write report files whole or not at all: each into a temporary file beside it, then renamed over the target.

import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../load/input-error.js';

/** Fail early, before any work, if a report could not be written there. */
export function assertWritable(file: string): void {
  const dir = dirname(file);
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`cannot write the report: folder ${dir} does not exist or is not writable`, { file });
  }
  try {
    if (statSync(file).isDirectory()) throw new InputError('cannot write the report: it is a directory', { file });
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
}

/** Refuse two reports to one file, and a report over one of the files being judged. */
export function assertDistinct(outputs: string[], inputs: string[]): void {
  const seen = new Map<string, string>();
  const judged = new Set(inputs.map((f) => resolve(f)));
  for (const file of outputs) {
    const path = resolve(file);
    if (judged.has(path)) throw new InputError('cannot write the report over a file being judged', { file });
    if (seen.has(path)) throw new InputError(`two --format options write to the same file (also given as ${seen.get(path)})`, { file });
    seen.set(path, file);
  }
}

/** Write a text into a new temporary file beside `file`; returns its path. */
function stage(file: string, text: string): string {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  return tmp;
}

const reason = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * Write every report atomically: all are staged first, then renamed into place, so a failure while writing
 * leaves no report half-written and, when it happens before the renames, none written at all.
 */
export function writeAllAtomically(outputs: { file: string; text: string }[]): void {
  const staged: { tmp: string; file: string }[] = [];
  const cleanUp = () => {
    for (const s of staged)
      try {
        unlinkSync(s.tmp);
      } catch {
        /* already renamed or gone */
      }
  };
  for (const o of outputs) {
    try {
      staged.push({ tmp: stage(o.file, o.text), file: o.file });
    } catch (err) {
      cleanUp();
      throw new InputError(`cannot write the report (${reason(err)})`, { file: o.file });
    }
  }
  for (const s of staged) {
    try {
      renameSync(s.tmp, s.file);
    } catch (err) {
      cleanUp();
      throw new InputError(`cannot write the report (${reason(err)})`, { file: s.file });
    }
  }
}
