// `snc ownership <file>`: the provider's holders in both readings and the paths behind each non-EU share, as text or JSON.

import { ownershipOf } from '../../api.js';
import type { Profile } from '../../model/description.js';
import { neutralJson } from '../../core/neutral.js';
import type { OwnershipFormat } from '../../report/formats.js';
import { defaultLang, wantsColor, type CliIo } from '../io.js';
import { formatOwnershipText } from './ownership-text.js';

export interface OwnershipFlags {
  format: OwnershipFormat;
  lang?: 'en' | 'fr';
  date?: string;
  color?: boolean;
  profile?: Profile[];
  rules?: string[];
}

/** Analyse the file's provider and print it; 0 once computed (bad input throws InputError: exit 2). */
export function runOwnership(file: string, flags: OwnershipFlags, io: CliIo): number {
  const analysis = ownershipOf(file, {
    date: flags.date,
    ...(flags.profile ? { profiles: flags.profile } : {}),
    ...(flags.rules ? { rulePacks: flags.rules } : {}),
  });
  if (flags.format === 'json') io.stdout.write(neutralJson(analysis, 2) + '\n');
  else io.stdout.write(formatOwnershipText(analysis, flags.lang ?? defaultLang(io.env), wantsColor(io, flags.color)));
  return 0;
}
