// `snc check --print-config`: the options in effect, each with where it came from (command line, file, default).

import type { Command } from 'commander';
import { CONFIG_KEYS, attributeOf } from '../config/config-keys.js';
import type { AppliedConfig } from '../config/apply-config.js';
import { neutral } from '../../core/neutral.js';

/** An option's value as commander holds it: text, a number, a switch, or a list of those. */
type OptionValue = string | number | boolean | undefined | readonly (string | number)[];

const show = (value: OptionValue): string =>
  value === undefined
    ? '—'
    : Array.isArray(value)
      ? value.length
        ? value.map(String).join(', ')
        : '—'
      : String(value);

/** One line for the configuration file, then one per key: its value and its source. */
export function printConfig(cmd: Command, applied: AppliedConfig, searchedFrom: string): string {
  const file =
    applied.file ??
    (applied.disabled ? 'none (--no-config)' : `none found from ${searchedFrom} up to the repository root`);
  const rows = CONFIG_KEYS.filter((k) => cmd.options.some((o) => o.attributeName() === attributeOf(k.flag))).map(
    (k) => {
      const attribute = attributeOf(k.flag);
      const source = cmd.getOptionValueSource(attribute);
      const raw = cmd.getOptionValue(attribute) as OptionValue;
      // A switch turned off on the command line came from its negation (--no-allow-unknown).
      const flag = raw === false ? k.flag.replace(/^--/, '--no-') : k.flag;
      const where =
        source === 'cli'
          ? `command line (${flag})`
          : source === 'config'
            ? applied.places.get(attribute)!
            : source === 'default'
              ? 'default'
              : 'not set';
      const value = show(raw);
      return [k.key, value === '—' && k.otherwise ? `(${k.otherwise})` : value, where].map(neutral);
    },
  );
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  // Values, file names and places come from the command line and the configuration file: each is neutral text.
  const lines = rows.map(([key, value, where]) =>
    `${key!.padEnd(widths[0]!)}  ${value!.padEnd(widths[1]!)}  ${where}`.trimEnd(),
  );
  return [`configuration: ${neutral(file)}`, ...lines].join('\n') + '\n';
}
