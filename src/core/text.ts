/**
 * Text folded for comparing and searching: lower case without diacritics, so "Rözer" matches "rozer" and
 * "coördinatie" matches "coordinatie". One definition for every filter, search and lookup.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
