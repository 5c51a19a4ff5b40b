// The two catalogues: the same keys, no empty text, and the same placeholders in both languages.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { placeholdersOf } from '../../src/i18n/message-format.js';

const catalogues: Record<string, Record<string, string>> = { en, fr };
const placeholders = (text: string) => [...new Set(placeholdersOf(text).map((p) => p.name))];

describe('message catalogues', () => {
  it('have exactly the same keys', () => {
    const onlyEn = Object.keys(en).filter((k) => !(k in fr));
    const onlyFr = Object.keys(fr).filter((k) => !(k in en));
    expect({ onlyEn, onlyFr }).toEqual({ onlyEn: [], onlyFr: [] });
  });

  for (const [lang, catalogue] of Object.entries(catalogues))
    it(`have no empty or blank text in ${lang}`, () => {
      const blank = Object.entries(catalogue)
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([k]) => k);
      expect(blank).toEqual([]);
    });

  it('use the same placeholders for a key in both languages', () => {
    const mismatched = Object.keys(en)
      .filter((k) => k in fr)
      .filter((k) => placeholders(en[k as keyof typeof en]).join() !== placeholders(fr[k as keyof typeof fr]).join())
      .map(
        (k) =>
          `${k}: en {${placeholders(en[k as keyof typeof en]).join(', ')}} fr {${placeholders(fr[k as keyof typeof fr]).join(', ')}}`,
      );
    expect(mismatched).toEqual([]);
  });
});
