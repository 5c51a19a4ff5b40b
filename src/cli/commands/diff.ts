// `snc diff OLD NEW`: what changed between two versions of a description (or two reports); exit 1 when a change
// falls under 19.6.f, so that CI can hold a change the customer must be told of.

import { diffOf } from '../../api.js';
import { formatDiff } from '../../report/diff.js';
import type { DiffFormat } from '../../report/formats.js';
import type { Profile } from '../../model/description.js';
import { defaultLang, type CliIo } from '../io.js';

export interface DiffFlags {
  format: DiffFormat;
  lang?: 'en' | 'fr';
  date?: string;
  profile?: Profile[];
  rules?: string[];
}

export function runDiff(oldFile: string, newFile: string, flags: DiffFlags, io: CliIo): number {
  const d = diffOf(oldFile, newFile, {
    lang: flags.lang ?? defaultLang(io.env),
    date: flags.date,
    profiles: flags.profile,
    rulePacks: flags.rules,
  });
  io.stdout.write(formatDiff(d, flags.format));
  return d.notice.length > 0 ? 1 : 0;
}
