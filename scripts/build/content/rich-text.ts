/**
 * Markdown to the content's rich text: paragraphs and lists of inline runs (text with *em* and **strong**, links,
 * and `[[lemma-id|visible text]]` lemma references). The body before the first `##` is an item's summary or
 * introduction; each `## Heading` opens a section. Anything else Markdown can express is refused with the file.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from '../../../src/content/schema.js';
import { fail } from './authored.js';

/** `[[lemma-id|visible text]]` inside Markdown text becomes a lemma reference. */
const LEMMA_REF = /\[\[([a-z0-9-]+)\|([^\]]+)\]\]/g;

type Mark = 'em' | 'strong';

/** Plain text with `[[id|word]]` links as inline runs (a case question's text goes through this alone). */
export function textToInlines(text: string, marks: Mark[]): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(LEMMA_REF)) {
    if (match.index > last) inlines.push(textRun(text.slice(last, match.index), marks));
    inlines.push({ type: 'lemma-ref', lemma: match[1], text: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push(textRun(text.slice(last), marks));
  return inlines;
}

function textRun(text: string, marks: Mark[]): Inline {
  return marks.length ? { type: 'text', text, marks: [...marks] } : text;
}

function phrasing(nodes: PhrasingContent[], file: string, marks: Mark[] = []): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return textToInlines(node.value.replace(/\s*\n\s*/g, ' '), marks);
      case 'emphasis':
        return phrasing(node.children, file, [...marks, 'em']);
      case 'strong':
        return phrasing(node.children, file, [...marks, 'strong']);
      case 'link':
        return [{ type: 'link', href: node.url, text: plain(node.children) }];
      case 'break':
        return [textRun(' ', marks)];
      default:
        return fail(file, `Markdown "${node.type}" is not supported in content (use text, *em*, **strong**, links)`);
    }
  });
}

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children) : '')).join('');
}

function blocks(nodes: RootContent[], file: string): Block[] {
  return nodes.map((node): Block => {
    if (node.type === 'paragraph') return { type: 'paragraph', children: phrasing(node.children, file) };
    if (node.type === 'list') {
      return {
        type: 'list',
        ...(node.ordered ? { ordered: true } : {}),
        items: node.children.map((item) =>
          item.children.flatMap((child) =>
            child.type === 'paragraph'
              ? phrasing(child.children, file)
              : fail(file, 'list items hold plain paragraphs only'),
          ),
        ),
      };
    }
    return fail(file, `Markdown "${node.type}" is not supported in content (use paragraphs, lists and ## sections)`);
  });
}

/** The body before the first `##` is the summary; each `## Heading` opens a section. */
export function bodyToSummaryAndSections(body: string, file: string) {
  const tree = fromMarkdown(body);
  const summary: RootContent[] = [];
  const sections: { heading: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node.depth !== 2) fail(file, `use ## for section headings (found a level-${node.depth} heading)`);
      sections.push({ heading: plain(node.children), nodes: [] });
    } else if (sections.length) {
      sections.at(-1)!.nodes.push(node);
    } else {
      summary.push(node);
    }
  }
  return {
    summary: blocks(summary, file),
    sections: sections.map((section) => ({ heading: section.heading, text: blocks(section.nodes, file) })),
  };
}
