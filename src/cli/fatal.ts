// What the process does with the unexpected: an escaped error is exit 2 with one line and the version (the stack only
// with --debug); standard output closed early is a quiet exit; any other failure to write it is exit 2 with one line.

import { neutral } from '../core/neutral.js';
import { translate } from '../i18n/format.js';
import type { Lang } from '../i18n/types.js';
import { errnoReason } from './errno-reason.js';

/** Exit code of a run whose standard output was closed before it was all written, as if killed by SIGPIPE. */
export const EXIT_CLOSED_OUTPUT = 141;

/** What was thrown, as text: an Error's message, else the value itself. */
const textOf = (thrown: unknown): string =>
  thrown instanceof Error
    ? thrown.message
    : typeof thrown === 'string'
      ? thrown
      : (JSON.stringify(thrown) ?? typeof thrown);

/** An error's stack (and its causes'), each line neutral: a message quotes user text. */
function stackOf(err: unknown): string {
  const parts: string[] = [];
  for (
    let e: unknown = err, depth = 0;
    e !== undefined && depth < 5;
    e = e instanceof Error ? e.cause : undefined, depth++
  )
    parts.push(`${depth > 0 ? 'Caused by: ' : ''}${e instanceof Error ? (e.stack ?? e.message) : textOf(e)}`);
  return parts.join('\n').split('\n').map(neutral).join('\n');
}

/**
 * What an unexpected error prints: `snc <version>: internal error: <message>` on one neutral line, then the stack with
 * `--debug`, else how to get it.
 */
export function fatalMessage(err: unknown, version: string, debug: boolean): string {
  return `snc ${version}: internal error: ${neutral(textOf(err))}\n${debug ? stackOf(err) : 'Run again with --debug for the stack trace, and report it.'}\n`;
}

/** The stack of an expected error, for --debug: neutral lines. */
export const debugStack = (err: unknown): string => `${stackOf(err)}\n`;

interface GuardedProcess {
  stdout: NodeJS.EventEmitter;
  stderr: NodeJS.EventEmitter & { write(s: string): unknown };
  exit(code: number): never;
}

/**
 * Handle the failures of standard output and error, which Node reports as events: EPIPE (`snc check … | head -1`)
 * ends the run quietly with the exit code of a closed pipe; any other error (disk full) is exit 2 with one line, in
 * the language of the run.
 */
export function guardStreams(proc: GuardedProcess, lang: Lang = 'en'): void {
  for (const [stream, name] of [
    [proc.stdout, 'stdout'],
    [proc.stderr, 'stderr'],
  ] as const)
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') proc.exit(EXIT_CLOSED_OUTPUT);
      if (stream !== proc.stderr)
        try {
          proc.stderr.write(
            `snc: ${translate(lang, 'cli.stream.cannot-write', { stream: name, reason: neutral(errnoReason(err, lang)) })}\n`,
          );
        } catch {
          // standard error is gone too: the exit code says it
        }
      proc.exit(2);
    });
}
