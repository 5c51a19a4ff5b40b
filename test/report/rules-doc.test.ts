// docs/rules.md, where SARIF's helpUri points, is the text the packs give: regenerate with `npx vitest run test/report/rules-doc.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { builtinRules, rulesDoc } from '../../src/report/rules-doc.js';
import { headingAnchor, ruleHelpUri } from '../../src/report/rule-links.js';

describe('docs/rules.md', () => {
  it('is up to date with the built-in packs', async () => {
    await expect(rulesDoc()).toMatchFileSnapshot('../../docs/rules.md');
  });

  it('has a heading for every rule a helpUri names', () => {
    const headings = new Set([...rulesDoc().matchAll(/^### (.+)$/gm)].map((m) => headingAnchor(m[1]!)));
    for (const r of builtinRules()) expect(headings.has(ruleHelpUri(r.id).split('#')[1]!), r.id).toBe(true);
  });
});
