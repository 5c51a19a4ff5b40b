// Write a report file whole or not at all: into a temporary file beside it, then rename.

import { closeSync, openSync, renameSync, unlinkSync, writeSync, accessSync, constants, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
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

/** Write text to a file atomically; a reader never sees half a report. */
export function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw new InputError(`cannot write the report (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file });
  }
}
