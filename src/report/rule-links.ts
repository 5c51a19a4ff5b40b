// Where a rule is documented on the web: the project's home page (package.json `homepage`) and docs/rules.md.

/** The project's home page; package.json's `homepage` says the same (a test holds them equal). */
export const HOMEPAGE = 'https://github.com/snc-tool/snc';

/** The rules' documentation page, generated from the packs (test/report/rules-doc.test.ts holds it up to date). */
export const RULES_DOC_URL = `${HOMEPAGE}/blob/main/docs/rules.md`;

/** GitHub's anchor of a Markdown heading: lower case, punctuation other than `-` and `_` dropped, spaces as hyphens. */
export const headingAnchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The absolute address of a rule's entry in docs/rules.md, whose heading is the rule id. */
export const ruleHelpUri = (ruleId: string): string => `${RULES_DOC_URL}#${headingAnchor(ruleId)}`;
