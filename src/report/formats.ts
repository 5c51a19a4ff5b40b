// The output formats of each command, by name: what `--format` accepts and what the configuration file may say.

/** Formats of `snc check`, each a formatter of report/index.ts. */
export const FORMAT_NAMES = ['text', 'json', 'junit', 'sarif', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formats of `snc diff`. */
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Formats of `snc ownership`. */
export const OWNERSHIP_FORMATS = ['text', 'json'] as const;
export type OwnershipFormat = (typeof OWNERSHIP_FORMATS)[number];

/** Whether a name is one of FORMAT_NAMES. */
export const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);
