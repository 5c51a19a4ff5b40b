// End to end: the sources behind the facts — cited by id, hashed, dated, shown under every verdict, and required on demand.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report-types.js';
import { scratch } from '../bad-input/run-cases.js';
import { root, snc } from './run-bin.js';

/** The requirements only an auditor's attestation decides, in the order of the pack. */
const ATTESTED = [
  'SNC-19.6-FUNDAMENTAL-RIGHTS',
  'SNC-19.5-PRINCIPLES',
  'SNC-19.5-DATA-SUBJECT-RIGHTS',
  'SNC-19.5-PROCESSOR',
];

const COMPLIANT = 'fixtures/compliant.yaml';
const DATE = ['--date', '2026-11-23'];
const KBIS_SHA = '45211c1aa95fb73d52845d03286d0e3042f467d0da9f6b0a1daac4079e109a0e';
const tmp = scratch('snc-sources-');
afterAll(() => tmp.remove());
mkdirSync(join(tmp.dir, 'sources'));
const copySources = () => {
  for (const f of ['kbis-altinuage.txt', 'registre-altinuage.txt'])
    copyFileSync(join(root, 'fixtures/sources', f), join(tmp.dir, 'sources', f));
};
copySources();

/** fixtures/compliant.yaml with some text replaced, beside copies of its source files. */
function variant(name: string, ...edits: [string, string][]): string {
  let text = readFileSync(join(root, COMPLIANT), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`not in ${COMPLIANT}: ${from}`);
    text = text.replace(from, to);
  }
  return tmp.file(name, text);
}
const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
const json = (args: string[]) => {
  const r = snc(['check', ...args, ...DATE, '--format', 'json', '--no-timestamp']);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as Report) };
};
const result = (report: Report | undefined, rule: string) => report!.results.find((r) => r.ruleId === rule)!;

describe('sources in fixtures/compliant.yaml', () => {
  it('give every result the sources of the facts it used, in JSON, and list them with their files hashed', () => {
    const { code, report, stderr } = json([COMPLIANT]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(result(report, 'SNC-19.6-SEATS').sources).toEqual([
      {
        id: 'kbis-altinuage',
        title: "Extrait Kbis d'Altinuage SAS",
        issuer: 'Infogreffe (greffe du tribunal de commerce de Lyon)',
        date: '2026-03-01',
        sha256: KBIS_SHA,
      },
      {
        id: 'registre-altinuage',
        title: "Registre des mouvements de titres d'Altinuage SAS",
        issuer: 'Altinuage SAS',
        date: '2026-06-30',
        sha256: 'ff12d32707c550029d6fbef22122dda93a0bc3d9cc94c053677db22ccf0b9299',
      },
    ]);
    // A flow rests on its sites too; ownership on every holder up the chain; a contract field on the contract.
    expect(report!.results.find((r) => r.subject === '/data/0')!.sources.map((s) => s.id)).toEqual([
      'plan-assurance-securite',
      'contrat-hebergement',
    ]);
    expect(result(report, 'SNC-19.6-CAPITAL-INDIVIDUAL').sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'registre-altinuage',
        'kbis-altis',
        'declarations-amf',
        'rapport-fonds',
        'handelsregister-hanse',
        'beneficiaires-effectifs',
      ]),
    );
    expect(result(report, 'SNC-19.1-GOVERNING-LAW').sources.map((s) => s.id)).toEqual(['convention']);
    // Every result that applies cites a source, except 19.6.e and 19.5, which rest on an attestation.
    expect(report!.results.filter((r) => r.sources.length === 0).map((r) => r.ruleId)).toEqual(ATTESTED);
    expect(report!.inputs[0]!.sources.find((s) => s.id === 'declarations-amf')).toMatchObject({
      url: 'https://www.amf-france.org/',
      section: 'déclarations 2025',
    });
    expect(report!.provenance).toEqual([
      { role: 'source', file: 'fixtures/sources/kbis-altinuage.txt', sha256: KBIS_SHA },
      {
        role: 'source',
        file: 'fixtures/sources/registre-altinuage.txt',
        sha256: 'ff12d32707c550029d6fbef22122dda93a0bc3d9cc94c053677db22ccf0b9299',
      },
    ]);
  });

  it('show a based-on line in every format, and "declared, not documented" where no source stands behind the facts', () => {
    const out = (format: string, lang = 'en') =>
      snc(['check', COMPLIANT, ...DATE, '--format', format, '--lang', lang]).stdout.replace(/[\s│]+/g, ' ');
    const kbis = "Extrait Kbis d'Altinuage SAS, Infogreffe (greffe du tribunal de commerce de Lyon), 2026-03-01";
    expect(out('text')).toContain(`Based on: ${kbis}; Registre des mouvements`);
    expect(out('text')).toContain('Declared, not documented');
    expect(out('text', 'fr')).toContain(`Sur la foi de : ${kbis}`);
    expect(out('junit')).toContain(`Based on: Extrait Kbis d&#39;Altinuage SAS, Infogreffe`);
    expect(out('markdown')).toContain(`Based on: Extrait Kbis d'Altinuage SAS, Infogreffe`);
    expect(out('html')).toContain(`Based on: Extrait Kbis d&#39;Altinuage SAS, Infogreffe`);
    const sarif = JSON.parse(snc(['check', COMPLIANT, ...DATE, '--format', 'sarif']).stdout) as {
      runs: { results: { message: { text: string }; properties: { sources: unknown[] } }[] }[];
    };
    expect(sarif.runs[0]!.results[0]!.message.text).toMatch(/Declared, not documented\.$/);
    const github = snc(['check', 'fixtures/non-compliant.yaml', ...DATE, '--format', 'github']).stdout;
    expect(github.split('\n')[0]).toMatch(/%0ADeclared, not documented\.$/);
  });
});

describe('source files', () => {
  it('a file whose SHA-256 does not match the one given is an error at that line (exit 2)', () => {
    const file = variant('mismatch.yaml', [KBIS_SHA, 'a'.repeat(64)]);
    const r = json([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${file}:${lineOf(file, 'sha256: aaa')}:5: source \`kbis-altinuage\`: the file ${tmp.dir}/sources/kbis-altinuage.txt has SHA-256 ${KBIS_SHA}, not the ${'a'.repeat(64)} given\n`,
    );
  });

  it('a missing file is a warning at its line, and an error with --require-sources', () => {
    const file = variant('missing.yaml', ['file: sources/registre-altinuage.txt', 'file: sources/registre-2026.pdf']);
    const r = json([file]);
    expect(r.code).toBe(0);
    const where = `${file}:${lineOf(file, 'registre-2026.pdf')}:5`;
    expect(r.stderr).toBe(
      `snc: warning: ${where}: Source registre-altinuage: the file ${tmp.dir}/sources/registre-2026.pdf is not found, so its SHA-256 cannot be computed\n`,
    );
    expect(r.report!.inputs[0]!.sources.find((s) => s.id === 'registre-altinuage')).toMatchObject({
      file: `${tmp.dir}/sources/registre-2026.pdf`,
      fileMissing: true,
    });
    expect(r.report!.inputs[0]!.sources.find((s) => s.id === 'registre-altinuage')!.sha256).toBeUndefined();
    const strict = json([file, '--require-sources']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toBe(
      `snc: ${where}: source \`registre-altinuage\`: the file ${tmp.dir}/sources/registre-2026.pdf is not found (--require-sources)\n`,
    );
  });

  it('hashes a binary file of any size, and reports the given SHA-256 of a source without a file', () => {
    const pdf = Buffer.alloc(300_000, 7);
    tmp.file('sources/scan.pdf', pdf);
    const file = variant(
      'binary.yaml',
      ['file: sources/registre-altinuage.txt', 'file: sources/scan.pdf'],
      ['kbis-altis: { title', `kbis-altis: { sha256: ${'AB'.repeat(32)}, title`],
    );
    const { report } = json([file]);
    const sources = report!.inputs[0]!.sources;
    expect(sources.find((s) => s.id === 'registre-altinuage')!.sha256).toBe(
      createHash('sha256').update(pdf).digest('hex'),
    );
    expect(sources.find((s) => s.id === 'kbis-altis')).toMatchObject({ sha256: 'ab'.repeat(32) });
    expect(sources.find((s) => s.id === 'kbis-altis')!.file).toBeUndefined();
  });

  it('no report may be written over a source file', () => {
    const target = join(tmp.dir, 'sources', 'kbis-altinuage.txt');
    const before = readFileSync(target, 'utf8');
    const file = variant('target.yaml');
    const r = snc(['check', file, ...DATE, '--format', `json=${target}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${target}: cannot write the report over the source document ${target}, which this run reads\n`,
    );
    expect(readFileSync(target, 'utf8')).toBe(before);
    copySources();
  });
});

describe('source dates and use', () => {
  it('a source older than 12 months on the evaluation date is named in a warning; --source-max-age moves the limit', () => {
    const file = variant('old.yaml', [
      'date: 2026-03-01\n    file: sources/kbis',
      'date: 2025-11-22\n    file: sources/kbis',
    ]);
    const r = json([file]);
    const where = `${file}:${lineOf(file, 'date: 2025-11-22')}:5`;
    expect(r.stderr).toBe(
      `snc: warning: ${where}: Source kbis-altinuage (Extrait Kbis d'Altinuage SAS, 2025-11-22) is more than 12 months old on the evaluation date\n`,
    );
    expect(r.report!.warnings.map((w) => w.id)).toEqual(['warning.source-old']);
    expect(json([file, '--source-max-age', '13']).stderr).toBe('');
    // Exactly 12 months is not older than 12 months.
    expect(
      json([
        variant('twelve.yaml', [
          'date: 2026-03-01\n    file: sources/kbis',
          'date: 2025-11-23\n    file: sources/kbis',
        ]),
      ]).stderr,
    ).toBe('');
    expect(snc(['check', file, '--source-max-age', '0']).code).toBe(2);
  });

  it('a source dated after the evaluation date, and one that no fact cites, are reported', () => {
    const file = variant(
      'odd.yaml',
      ['date: 2026-09-01 }', 'date: 2026-12-01 }'],
      [
        '  convention: {',
        '  unused-doc: { title: Old brochure, issuer: Marketing, date: 2026-06-01 }\n  convention: {',
      ],
    );
    const r = json([file]);
    expect(r.report!.warnings.map((w) => w.message)).toEqual([
      'Source registre-sous-traitants is dated 2026-12-01, after the evaluation date',
      'Source unused-doc is cited by no fact',
    ]);
  });

  it('French warnings', () => {
    const file = variant('old-fr.yaml', [
      'date: 2026-03-01\n    file: sources/kbis',
      'date: 2025-01-01\n    file: sources/kbis',
    ]);
    expect(json([file, '--lang', 'fr']).report!.warnings[0]!.message).toBe(
      "La source kbis-altinuage (Extrait Kbis d'Altinuage SAS, 2025-01-01) a plus de 12 mois à la date d’évaluation",
    );
  });
});

describe('citations', () => {
  it('an undefined source id is an input error at its position, with the id meant', () => {
    const file = variant(
      'undefined.yaml',
      ['source: convention\n  governingLaw', 'source: convension\n  governingLaw'],
      ['sources: [kbis-altis, declarations-amf]', 'sources: [kbis-altis, amf]'],
    );
    const r = json([file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `snc: ${file}:${lineOf(file, 'sources: [kbis-altis, amf]')}:27: source \`amf\` is not defined in sources`,
      `snc: ${file}:${lineOf(file, 'source: convension')}:3: source \`convension\` is not defined in sources (did you mean \`convention\`?)`,
    ]);
  });

  it('source and sources add up; a source needs a title, an issuer and a real date', () => {
    const both = variant('both.yaml', [
      'source: convention\n  governingLaw',
      'source: convention\n  sources: [plan-assurance-securite, convention]\n  governingLaw',
    ]);
    expect(result(json([both]).report, 'SNC-19.1-GOVERNING-LAW').sources.map((s) => s.id)).toEqual([
      'convention',
      'plan-assurance-securite',
    ]);
    const file = variant('bad-date.yaml', ['date: 2026-01-15 }', 'date: 2026-02-30 }']);
    const line = lineOf(file, 'date: 2026-02-30');
    const column = readFileSync(file, 'utf8').split('\n')[line - 1]!.indexOf('date: 2026-02-30') + 1;
    expect(json([file]).stderr).toBe(`snc: ${file}:${line}:${column}: \`2026-02-30\` is not a real date\n`);
    const missing = variant(
      'untitled.yaml',
      ['  convention: { title: Convention de service Altinuage IaaS Souverain, ', '  convention: { '],
      ['contract:\n  source: convention', 'contract:\n  source: convention\n  quality: high'],
    );
    expect(json([missing]).stderr).toMatch(/sources\.convention: missing the required field `title`/);
  });
});

describe('--require-sources (strict audit)', () => {
  it('leaves fixtures/compliant.yaml compliant: every fact it states cites a source', () => {
    const { code, report } = json([COMPLIANT, '--require-sources']);
    expect(code).toBe(0);
    expect(report!.options).toMatchObject({ requireSources: true, sourceMaxAge: 12 });
    expect(report!.results.filter((r) => r.status === 'fail' || r.status === 'unknown').map((r) => r.ruleId)).toEqual(
      ATTESTED,
    );
  });

  it('counts a fact without a source as not given: its rules are unknown, and a warning names it', () => {
    const file = variant(
      'uncited.yaml',
      [
        'certificates: { authorityCountry: FR, source: plan-assurance-securite }',
        'certificates: { authorityCountry: FR }',
      ],
      [
        '  - { role: administration, employer: altinuage, locatedIn: [FR], source: plan-assurance-securite }',
        '  - { role: administration, employer: altinuage, locatedIn: [FR] }',
      ],
    );
    const lax = json([file]);
    expect(result(lax.report, 'SNC-10.6-CERTIFICATE-AUTHORITY')).toMatchObject({ status: 'pass', sources: [] });
    expect(lax.report!.warnings).toEqual([]);
    const strict = json([file, '--require-sources']);
    expect(strict.code).toBe(1);
    expect(result(strict.report, 'SNC-10.6-CERTIFICATE-AUTHORITY').status).toBe('unknown');
    expect(
      strict.report!.results.find((r) => r.ruleId === 'SNC-19.2-ADMINISTRATION' && r.subject === '/staff/0')!.status,
    ).toBe('unknown');
    expect(strict.report!.warnings.map((w) => w.message)).toEqual([
      '--require-sources: 2 objects state facts without a source, which count as not given: /staff/0, /certificates',
    ]);
    expect(strict.stderr).toContain(
      `snc: warning: ${file}:${lineOf(file, 'role: administration')}:5: --require-sources: 2 objects`,
    );
  });

  it('drops an uncited empty list and a list with an uncited item, so what they claim is unknown too', () => {
    const file = variant(
      'lists.yaml',
      [
        '      - { holder: flottant-altis, capital: 58, votingRights: 45 }\n    specialRights: []',
        '      - { holder: flottant-altis, capital: 58, votingRights: 45 }\n    specialRights: []',
      ],
      ['    source: rapport-fonds\n    registeredOffice: FR', '    registeredOffice: FR'],
    );
    const strict = json([file, '--require-sources']);
    expect(strict.report!.warnings[0]!.message).toMatch(/^--require-sources: \d+ objects? state/);
    expect(strict.report!.warnings[0]!.message).toContain('/entities/fonds-souverain');
    expect(result(strict.report, 'SNC-19.6-CAPITAL-INDIVIDUAL').status).toBe('unknown');
  });
});

describe('attestations and sources', () => {
  it('an attestation may rely on sources of the description, which its result carries', () => {
    const att = tmp.file(
      'att.yaml',
      'attestations:\n  - { provider: altinuage, clause: "19.6.e", status: pass, by: C. Martin, date: 2026-06-15, expires: 2027-06-14, justification: ok, sources: [convention] }\n',
    );
    const { report } = json([COMPLIANT, '--attestations', att]);
    expect(result(report, 'SNC-19.6-FUNDAMENTAL-RIGHTS').sources.map((s) => s.id)).toEqual(['convention']);
    const text = snc(['check', COMPLIANT, ...DATE, '--attestations', att]).stdout.replace(/[\s│]+/g, ' ');
    expect(text).toContain(
      'Based on: the attestation by C. Martin of 2026-06-15; Convention de service Altinuage IaaS Souverain, Altinuage SAS, 2026-01-15',
    );
    const bad = tmp.file(
      'att-bad.yaml',
      'attestations:\n  - { provider: altinuage, clause: "19.6.e", status: pass, by: C. Martin, date: 2026-06-15, expires: 2027-06-14, justification: ok, sources: [minutes] }\n',
    );
    const r = json([COMPLIANT, '--attestations', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `snc: ${bad}:2:5: attestation relies on source \`minutes\`, which the sources of fixtures/compliant.yaml do not define\n`,
    );
  });
});
