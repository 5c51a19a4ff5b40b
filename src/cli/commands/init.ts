// `snc init [FILE]`: write a commented starting description to a new file, never over an existing one, or to stdout.

import { closeSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { startingDescription } from '../../init/starting-description.js';
import { InputError } from '../../core/input-error.js';
import { packageRoot } from '../../core/paths.js';
import { neutral } from '../../core/neutral.js';
import { defaultLang, type CliIo } from '../io.js';
import { inLang, translate } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/en.js';

export interface InitFlags {
  lang?: 'en' | 'fr';
}

/** The editor schema's path from a folder, as a modeline reads it: relative, with forward slashes. */
export function schemaPathFrom(folder: string): string {
  const path = relative(folder, join(packageRoot, 'schemas', 'description-1.editor.schema.json'))
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

const WHY: Record<string, MessageId> = {
  EEXIST: 'cli.init.exists',
  ENOENT: 'cli.init.no-folder',
  ENOTDIR: 'cli.init.no-folder',
  EISDIR: 'cli.init.directory',
  EACCES: 'cli.init.denied',
  EPERM: 'cli.init.denied',
  EROFS: 'cli.init.read-only',
};

/** Create `file` with `text`; a file already there is refused (O_EXCL), a failed write leaves no file behind. */
function createNew(file: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = WHY[code];
    throw new InputError(why ? inLang(why) : inLang('cli.init.failed', { reason: code || (err as Error).message }), {
      file,
    });
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(file);
    throw new InputError(
      inLang('cli.init.write-failed', { reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message }),
      { file },
    );
  }
}

export function runInit(file: string | undefined, flags: InitFlags, io: CliIo): number {
  const lang = flags.lang ?? defaultLang(io.env);
  const toStdout = file === undefined || file === '-';
  const text = startingDescription(lang, schemaPathFrom(toStdout ? resolve('.') : dirname(resolve(file))));
  if (toStdout) {
    io.stdout.write(text);
    return 0;
  }
  createNew(file, text);
  const shown = neutral(file);
  io.stderr.write(`snc: ${translate(lang, 'cli.init.wrote', { file: shown })}\n`);
  return 0;
}
