// A strict XML 1.0 well-formedness checker for the tests: parses a document into elements or throws at the first fault.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9._:]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Characters XML 1.0 allows in a document (production [2] Char). */
const CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Parse a whole document: an optional XML declaration, comments, then exactly one root element. */
export function parseXml(xml: string): XmlElement {
  if (!CHAR.test(xml)) throw new Error('a character XML 1.0 forbids');
  let i = 0;
  const fail = (why: string): never => {
    const line = xml.slice(0, i).split('\n').length;
    throw new Error(`not well-formed at line ${line}: ${why}`);
  };
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) return fail(`bare & in ${JSON.stringify(raw.slice(0, 40))}`);
      if (ref in ENTITIES) return ENTITIES[ref]!;
      const m = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(ref);
      if (!m) return fail(`unknown entity &${ref};`);
      const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
      const c = String.fromCodePoint(code);
      if (!CHAR.test(c)) return fail(`character reference to a forbidden character &${ref};`);
      return c;
    });
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        if (xml.slice(i + 4, end).includes('--')) fail('-- inside a comment');
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (xml[i] !== '<') fail('expected an element');
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail('expected an element name');
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail(`expected a space before an attribute of <${name}>`);
      const attr = NAME.exec(xml.slice(i))?.[0] ?? fail(`expected an attribute name in <${name}>`);
      i += attr.length;
      skipSpace();
      if (xml[i] !== '=') fail(`expected = after ${attr}`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} is not quoted`);
      const end = xml.indexOf(quote!, i + 1);
      if (end < 0) fail(`unterminated attribute ${attr}`);
      const raw = xml.slice(i + 1, end);
      if (raw.includes('<')) fail(`< inside attribute ${attr}`);
      if (attr in attributes) fail(`attribute ${attr} given twice`);
      attributes[attr] = decode(raw);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) fail(`<${name}> is never closed`);
      const raw = xml.slice(i, lt);
      if (raw.includes(']]>')) fail(']]> in character data');
      text += decode(raw);
      i = lt;
      if (xml.startsWith('</', i)) {
        i += 2;
        const close = NAME.exec(xml.slice(i))?.[0];
        if (close !== name) fail(`</${close}> closes <${name}>`);
        i += name.length;
        skipSpace();
        if (xml[i] !== '>') fail(`expected > after </${name}`);
        i++;
        return { name, attributes, children, text };
      }
      if (xml.startsWith('<!--', i)) skipMisc();
      else children.push(element());
    }
  };

  const decl = /^<\?xml version="1\.0"( encoding="UTF-8")?\?>/.exec(xml);
  if (decl) i = decl[0].length;
  else if (xml.startsWith('<?')) fail('malformed XML declaration');
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included) with this name, in document order. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}
