// Put a configuration file's values into `snc check`'s options, under the command line, and say where each came from.

import type { Command } from 'commander';
import { InputError } from '../../core/input-error.js';
import { attributeOf } from './config-keys.js';
import { findConfig } from './find-config.js';
import { loadConfig, type LoadedConfig } from './load-config.js';
import { inLang } from '../../i18n/format.js';

/** The configuration that applied: none (`file` undefined) when none was found or `--no-config` was given. */
export interface AppliedConfig {
  file?: string;
  disabled: boolean;
  /** Where each option set from the file stands in it (`file:line:column`), by option attribute. */
  places: Map<string, string>;
}

/** The configuration `--config FILE`, `--no-config` or the search from `cwd` gives. */
function chosenConfig(option: unknown, cwd: string): LoadedConfig | undefined {
  if (option === false) return undefined;
  if (typeof option === 'string') return loadConfig(option, cwd);
  const found = findConfig(cwd);
  return found ? loadConfig(found, cwd) : undefined;
}

/**
 * Set every option the configuration holds that the command line did not give. A key naming an option this command
 * lacks is refused, with its place in the file: a setting must never be silently dropped.
 */
export function applyConfig(cmd: Command, cwd: string): AppliedConfig {
  const option = cmd.getOptionValue('config') as unknown;
  const config = chosenConfig(option, cwd);
  const places = new Map<string, string>();
  for (const entry of config?.entries ?? []) {
    const attribute = attributeOf(entry.key.flag);
    if (!cmd.options.some((o) => o.attributeName() === attribute))
      throw new InputError(
        inLang('cli.config.no-option', { key: entry.key.key, command: cmd.name(), flag: entry.key.flag }),
        entry.at,
      );
    if (cmd.getOptionValueSource(attribute) === 'cli') continue;
    cmd.setOptionValueWithSource(attribute, entry.value, 'config');
    places.set(attribute, `${entry.at.file}:${entry.at.line}:${entry.at.column}`);
  }
  return { file: config?.file, disabled: option === false, places };
}
