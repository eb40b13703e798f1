/**
 * Every Nabij element, registered once for the suites that must cover them all (hostile content, memory):
 * how to put one on a page with built-in content, and which built-in item to fill with hostile strings.
 * A new element joins those suites by getting an entry here.
 */
import {
  loadBuiltinCase,
  loadBuiltinLadder,
  loadBuiltinLemma,
  loadBuiltinLexiconSearch,
} from '../src/content/builtin.js';
import '../src/elements/casus-index/define.js';
import '../src/elements/casus-viewer/define.js';
import '../src/elements/ladder-van-verbintenis/define.js';
import '../src/elements/lemma-card/define.js';
import '../src/elements/lemma-index/define.js';
import '../src/elements/lemma-term/define.js';

export interface ElementEntry {
  tag: string;
  /** Attributes that give the element built-in content. */
  attributes: Record<string, string>;
  /** A built-in content item to start hostile variants from, for elements that take content. */
  sample?: () => Promise<unknown>;
  /** Where the element shows the content's title. */
  titlePart?: string;
}

export const elements: ElementEntry[] = [
  {
    tag: 'lemma-card',
    attributes: { lemma: 'wederkerigheid' },
    sample: () => loadBuiltinLemma('alledaagse-attentheid'),
    titlePart: 'title',
  },
  {
    tag: 'ladder-van-verbintenis',
    attributes: { mode: 'conversation' },
    sample: () => loadBuiltinLadder('ladder-van-onderlinge-verbintenissen'),
    titlePart: 'title',
  },
  {
    tag: 'casus-viewer',
    attributes: { casus: '1', reveal: 'all' },
    sample: () => loadBuiltinCase('casus-6'),
    titlePart: 'title',
  },
  { tag: 'casus-index', attributes: {} },
  {
    tag: 'lemma-index',
    attributes: { 'url-state': 'off' },
    sample: () => loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk'),
    titlePart: 'title',
  },
  { tag: 'lemma-term', attributes: { lemma: 'presentie' } },
];
