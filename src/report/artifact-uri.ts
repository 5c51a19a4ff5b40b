// A file as a SARIF artifact URI: relative paths stay relative (forward slashes, each segment percent-encoded).

import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The URI of a file as the user named it; absolute paths become file: URIs. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
