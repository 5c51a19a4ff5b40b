// Parse YAML data shipped with the package (reference data in rules/data): YAML 1.2 core schema, no source map.

import jsYaml from 'js-yaml';
import { precompiledText } from './precompiled-yaml.js';

/** The value of a trusted YAML text (the build's parse when it has one); dates stay strings, as in YAML 1.2. */
export const parseData = (text: string): unknown =>
  precompiledText(text) ?? jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
