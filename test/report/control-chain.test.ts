// The chain of control reads one way in every format: from the controller down to the provider, with the same words
// (`snc ownership`, the check's finding in JSON, Markdown and HTML, in English and French), and the holding graph
// marks the same links.
import { describe, expect, it } from 'vitest';
import { snc } from '../e2e/run-bin.js';

const FILE = 'fixtures/ownership/control-41.yaml';
const CHAIN = 'US Parent Inc. (US) ⇒ EdgeHold BV ⇒ Edge Cloud SAS';
const WORDS = { en: 'through the chain of control', fr: 'au travers de la chaîne de contrôle' };

describe('the chain of control', () => {
  for (const lang of ['en', 'fr'] as const)
    it(`reads from the controller down to the provider, in the same words, in every format (${lang})`, () => {
      const run = (args: string[]) =>
        snc([...args, '--lang', lang, '--no-timestamp'].filter((a) => a !== '--no-timestamp' || args[0] === 'check'))
          .stdout;
      const json = JSON.parse(run(['check', FILE, '--format', 'json'])) as {
        results: { ruleId: string; message: string }[];
      };
      const outputs = {
        ownership: run(['ownership', FILE]),
        finding: json.results.find((r) => r.ruleId === 'SNC-19.6-BOARD-MAJORITY')!.message,
        markdown: run(['check', FILE, '--format', 'markdown']),
        html: run(['check', FILE, '--format', 'html']),
      };
      for (const [name, text] of Object.entries(outputs)) {
        expect(text, name).toContain(`${WORDS[lang]} ${CHAIN}`);
        expect(text, name).not.toContain('Edge Cloud SAS ⇒');
      }
      // the two links of the chain are drawn as control, from each holder to what it holds
      expect(outputs.html.match(/<path class="edge control outside" d="[^"]*" marker-end=/g)).toHaveLength(2);
    });
});
