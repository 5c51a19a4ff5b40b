// The report formats by name, each loaded only when asked for, so start-up pays only for the one in use.

import type { FormatName } from './formats.js';
import type { Formatter } from './formatter.js';

const loaders: Record<FormatName, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJson,
  junit: async () => (await import('./junit.js')).formatJunit,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  html: async () => (await import('./html.js')).formatHtml,
};

/** The formatter of a format name (which must be one of FORMAT_NAMES). */
export const loadFormatter = (name: FormatName): Promise<Formatter> => loaders[name]();
