/**
 * A built-in lexicon's glossary (every key concept and named term, with the lemmas that explain it), which
 * <lemma-term> shows. Its table is a static import: the term element needs it for its first render, and in the
 * CDN build it shares the lemma elements' chunk.
 */
import { modules } from '../../generated/glossary-index.js';
import { loadFrom } from './lookup.js';

export const loadBuiltinGlossary = (id: string): Promise<unknown> => loadFrom(modules, id);
