/**
 * The rule that keeps the casebook's keywords one form per concept. `<casus-index>` makes a chip of every keyword
 * that cases share and filters on the exact (case-folded) keyword, so "bewoner" next to "bewoners" splits the
 * cases of one concept over two chips and a reader who picks one misses the rest. The build refuses such pairs
 * (case.ts); the tests check this rule on its own. Pure, so the browser tests can import it too.
 */
import { foldText } from '../../../src/core/text.js';

/**
 * Endings stripped, longest first, until none is left (buurthuisje → buurthuis → buurthui): diminutives (-tje,
 * -je), agent nouns and their plurals (-er, -ers, which also joins "vrijwillig" and "vrijwilligers"), plurals
 * (-en, -s) and the inflected -e (gemeente/gemeenten, vrijwillige). Crude on purpose; what is left must be at
 * least MIN_STEM letters, so short words and abbreviations (Wmo, ggz, lvb) stay whole.
 */
const ENDINGS = ['tjes', 'tje', 'jes', 'je', 'ers', 'er', 'en', 's', 'e'];
const MIN_STEM = 4;
/** Words the endings would wrongly join to another concept: ouderen (the elderly) are not ouders (parents). */
const WHOLE = new Set(['ouderen']);

/** What two spellings of one keyword have in common: folded case and diacritics, no spaces or hyphens, stemmed. */
export function keywordKey(keyword: string): string {
  let word = foldText(keyword).replace(/[\s\-\u2010\u2011]+/g, '');
  if (WHOLE.has(word)) return word;
  for (;;) {
    const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= MIN_STEM);
    if (!ending) return word;
    word = word.slice(0, -ending.length);
  }
}

/** Groups of two or more distinct spellings that share a key, each group in first-seen order. */
export function nearDuplicateKeywords(keywords: Iterable<string>): string[][] {
  const byKey = new Map<string, Set<string>>();
  for (const keyword of keywords) {
    const key = keywordKey(keyword);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(keyword));
  }
  return [...byKey.values()].filter((forms) => forms.size > 1).map((forms) => [...forms]);
}
