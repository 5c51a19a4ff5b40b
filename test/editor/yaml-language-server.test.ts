// The editor schema in a real editor's language server: yaml-language-server (the pinned dev dependency behind VS
// Code's YAML support), driven over stdio, flags a misspelt field and a bad country code, completes country codes and
// shows a field's description on hover, whether the schema comes from the yaml.schemas setting or a modeline.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, snc } from '../e2e/run-bin.js';
import { LspClient, type Notification } from './lsp-client.js';

const server = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
const schemaUri = pathToFileURL(join(root, 'schemas/description-1.editor.schema.json')).href;
// Documents live only in the server's memory (didOpen gives their text): nothing is written or read but the schema.
const docUri = (name: string) => pathToFileURL(join(root, 'test/editor', name)).href;

const yaml = {
  validate: true,
  hover: true,
  completion: true,
  schemaStore: { enable: false }, // no network: only the schemas given here
  schemas: { [schemaUri]: '*.snc.yaml' },
};

const OFFER = `snc: 1
name: Editor test
provider: cloudco
offer: { name: Cloud }
entities:
  cloudco:
    type: company
    registeredOffice: France
    centralAdministation: FR
    principalEstablishment: FR
`;

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}
type Diagnostics = { uri: string; diagnostics: Diagnostic[] };

let client: LspClient;

beforeAll(async () => {
  client = new LspClient(server, ['--stdio'], { yaml, http: {}, '[yaml]': {}, editor: {} });
  await client.request(
    'initialize',
    {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {}, completion: {} },
      },
    },
    20_000,
  );
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml } });
}, 30_000);

afterAll(() => client?.close());

/** The next diagnostics published about a document (not empty ones, if `nonEmpty`), after `after` were seen. */
async function diagnosticsOf(name: string, nonEmpty: boolean, after = 0): Promise<Diagnostic[]> {
  const uri = docUri(name);
  let seen = 0;
  const found = await client.waitFor(
    (n: Notification) =>
      n.method === 'textDocument/publishDiagnostics' &&
      (n.params as Diagnostics).uri === uri &&
      seen++ >= after &&
      (!nonEmpty || (n.params as Diagnostics).diagnostics.length > 0),
    15_000,
    `diagnostics for ${name}`,
  );
  return (found.params as Diagnostics).diagnostics;
}

/** Open a document and wait for the first diagnostics about it that are not empty. */
function open(name: string, text: string): Promise<Diagnostic[]> {
  client.notify('textDocument/didOpen', { textDocument: { uri: docUri(name), languageId: 'yaml', version: 1, text } });
  return diagnosticsOf(name, true);
}

const hoverText = async (name: string, line: number, character: number) =>
  (
    await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: docUri(name) },
      position: { line, character },
    })
  )?.contents.value ?? '';

describe.each([
  ['the yaml.schemas setting', 'offer.snc.yaml', OFFER],
  [
    'a modeline',
    'modeline.yaml',
    `# yaml-language-server: $schema=../../schemas/description-1.editor.schema.json\n${OFFER}`,
  ],
])('yaml-language-server with the editor schema, through %s', (_how, name, text) => {
  const shift = text.startsWith('#') ? 1 : 0;
  let diagnostics: Diagnostic[];

  beforeAll(async () => {
    diagnostics = await open(name, text);
  }, 20_000);

  it('flags the misspelt field, at its line', () => {
    const misspelt = diagnostics.filter((d) => d.message.includes('centralAdministation'));
    expect(misspelt.map((d) => [d.range.start.line, d.message])).toEqual([
      [8 + shift, 'Property centralAdministation is not allowed.'],
    ]);
  });

  it('flags the country written by name, in one line that lists no codes', () => {
    const country = diagnostics.filter((d) => d.range.start.line === 7 + shift);
    expect(country.map((d) => d.message)).toEqual(['expected an ISO 3166-1 alpha-2 country code']);
  });

  it('reports nothing else', () => {
    expect(diagnostics).toHaveLength(2);
  });

  it('shows the description of a field on hover', async () => {
    const text = await hoverText(name, 9 + shift, 6);
    expect(text).toContain(
      '19.6.a, 19.6.b, 19.6.c — Country of the principal establishment (principal établissement).',
    );
    expect(await hoverText(name, 2 + shift, 2)).toContain(
      '19.6.a, 19.6.b — Id, in entities, of the company that operates the offer',
    );
  });

  it('completes country codes', async () => {
    const result = await client.request<{ items: { label: string }[] } | { label: string }[]>(
      'textDocument/completion',
      {
        textDocument: { uri: docUri(name) },
        position: { line: 9 + shift, character: 28 },
      },
    );
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['FR', 'DE', 'GB', 'US']));
    expect(labels.length).toBeGreaterThanOrEqual(249);
  });
});

describe('yaml-language-server on the file snc init writes', () => {
  const text = snc(['init', '--lang', 'en'], {}, undefined, join(root, 'test/editor')).stdout;
  const lines = text.split('\n');
  const name = 'init.yaml';

  it('finds nothing wrong in it, and explains its fields on hover', async () => {
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/description-1\.editor\.schema\.json\n/,
    );
    client.notify('textDocument/didOpen', {
      textDocument: { uri: docUri(name), languageId: 'yaml', version: 1, text },
    });
    expect(await diagnosticsOf(name, false)).toEqual([]);
    expect(await hoverText(name, lines.indexOf('provider: provider'), 2)).toContain(
      '19.6.a, 19.6.b — Id, in entities, of the company that operates the offer',
    );
  });

  it('flags a mistake made in it as it is typed', async () => {
    const line = lines.indexOf('    type: company');
    expect(line).toBeGreaterThan(0);
    const published = client.notifications.filter(
      (n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Diagnostics).uri === docUri(name),
    ).length;
    client.notify('textDocument/didChange', {
      textDocument: { uri: docUri(name), version: 2 },
      contentChanges: [{ range: { start: { line, character: 10 }, end: { line, character: 17 } }, text: 'compagny' }],
    });
    const after = await diagnosticsOf(name, true, published);
    expect(after.map((d) => [d.range.start.line, d.message])).toEqual([
      [
        line,
        expect.stringMatching(
          /^Value is not accepted\. Valid values: "company", "person", "state", "fund", "public-float"\.$/,
        ),
      ],
    ]);
  });
});
