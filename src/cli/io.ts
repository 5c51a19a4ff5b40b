// The process's streams and environment as the CLI sees them, so tests can run it in-process.

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number; fd?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean; fd?: number };
  /** Standard input, read only for `snc check -`. */
  stdin?: AsyncIterable<Uint8Array | string>;
  env: NodeJS.ProcessEnv;
}

/**
 * Colour on stdout: `--color` or `--no-color` when given; else never with NO_COLOR or TERM=dumb, always with FORCE_COLOR
 * (unless it is 0 or false), and otherwise only on a terminal.
 */
export function wantsColor(io: CliIo, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

/** The report language: --lang if given, else French when LANG or LC_ALL says French, else English. */
export function defaultLang(env: NodeJS.ProcessEnv): 'en' | 'fr' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr\b|^fr_/i.test(locale) ? 'fr' : 'en';
}
