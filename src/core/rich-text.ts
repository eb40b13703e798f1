import { html, nothing, type TemplateResult } from 'lit';
import type { Inline, InlineText, RichText } from '../content/schema.js';

export interface RichTextOptions {
  /** Renders a reference to another lemma (a link or a button, depending on the host's navigation). */
  lemmaRef: (id: string, text: string) => TemplateResult;
}

/**
 * Renders structured rich text through Lit templates: every content string becomes a text node, never markup,
 * so content cannot inject HTML or script whatever it holds. A plain string is split into paragraphs on blank lines.
 */
export function renderRichText(text: RichText, options: RichTextOptions): TemplateResult {
  if (typeof text === 'string') {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    return html`${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}`;
  }
  return html`${text.map((block) => {
    if (block.type === 'paragraph') return html`<p>${renderInlines(block.children, options)}</p>`;
    const items = block.items.map((item) => html`<li>${renderInlines(item, options)}</li>`);
    return block.ordered
      ? html`<ol>
          ${items}
        </ol>`
      : html`<ul>
          ${items}
        </ul>`;
  })}`;
}

export function renderInlines(inlines: readonly Inline[], options: RichTextOptions): TemplateResult {
  return html`${inlines.map((inline) => renderInline(inline, options))}`;
}

/** One paragraph's text (a plain string or inline runs), without the paragraph around it. */
export function renderInlineText(text: InlineText, options: RichTextOptions): TemplateResult | string {
  return typeof text === 'string' ? text : renderInlines(text, options);
}

function renderInline(inline: Inline, options: RichTextOptions): TemplateResult | string | typeof nothing {
  if (typeof inline === 'string') return inline;
  switch (inline.type) {
    case 'text': {
      let node: TemplateResult | string = inline.text;
      if (inline.marks?.includes('em')) node = html`<em>${node}</em>`;
      if (inline.marks?.includes('strong')) node = html`<strong>${node}</strong>`;
      return node;
    }
    case 'link':
      return html`<a href=${inline.href}>${inline.text}</a>`;
    case 'lemma-ref':
      return options.lemmaRef(inline.lemma, inline.text);
    default:
      return nothing;
  }
}

/** The plain text of one paragraph's text, for names in statements and answers exported as Markdown. */
export function inlineTextToPlain(text: InlineText | readonly Inline[]): string {
  if (typeof text === 'string') return text;
  return text.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('');
}

/** The plain text of rich text, for summaries in attributes or search. */
export function richTextToPlain(text: RichText): string {
  if (typeof text === 'string') return text;
  return text
    .map((block) =>
      block.type === 'paragraph' ? inlineTextToPlain(block.children) : block.items.map(inlineTextToPlain).join('\n'),
    )
    .join('\n\n');
}
