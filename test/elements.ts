/**
 * Every Nabij element, registered once for the suites that must cover them all (hostile content, hostile
 * environment, memory): how to put one on a page with built-in content, which built-in item to fill with
 * hostile strings or serve from a hostile server, and how a user makes it store something.
 * A new element joins those suites by getting an entry here.
 */
import { sendKeys } from '@web/test-runner-commands';
import {
  loadBuiltinCase,
  loadBuiltinCasebook,
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
  /**
   * A built-in content item to start hostile variants from, for elements that take content (by the `content`
   * property and from a `src` URL).
   */
  sample?: () => Promise<unknown>;
  /** Where the element shows the content's title. */
  titlePart?: string;
  /** Attributes that let the element keep state in localStorage (opt-in), for elements that can. */
  persist?: Record<string, string>;
  /** What a user does that makes the element store its state; runs on a rendered element. */
  change?: (element: HTMLElement) => Promise<void>;
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
    persist: { persist: 'local' },
    change: async (element) => {
      element.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[1].click();
    },
  },
  {
    tag: 'casus-viewer',
    attributes: { casus: '1', reveal: 'all' },
    sample: () => loadBuiltinCase('casus-6'),
    titlePart: 'title',
    persist: { persist: 'local' },
    change: async (element) => {
      element.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Een antwoord.' });
    },
  },
  {
    tag: 'casus-index',
    attributes: {},
    sample: () => loadBuiltinCasebook('yin-en-yang-in-het-sociaal-domein'),
    titlePart: 'title',
  },
  {
    tag: 'lemma-index',
    attributes: { 'url-state': 'off' },
    sample: () => loadBuiltinLexiconSearch('nabijheid-en-sociaal-werk'),
    titlePart: 'title',
  },
  { tag: 'lemma-term', attributes: { lemma: 'presentie' } },
];
