import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html } from 'lit';
import { embeddableTags } from '../src/hosts/embed-request.js';
import { iframeSnippet, scriptSnippet } from '../src/hosts/embed-snippet.js';
import { itemSlots, itemTitle } from '../src/hosts/items.js';

/**
 * The embed-code builder: an author picks an element and a built-in item and copies either the iframe (with the
 * resizer) or the script tag. Everything it offers comes from the generated tables (src/generated/ through
 * src/hosts/), so it needs no network and offers exactly what this build contains.
 */
class NabijEmbedBuilder extends LitElement {
  static override properties = {
    baseURL: { attribute: 'base-url' },
    tag: { state: true },
    item: { state: true },
    contentLang: { state: true },
    titles: { state: true },
    copied: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      max-inline-size: 48rem;
      font-family: system-ui, sans-serif;
      line-height: 1.5;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin-block-end: 1rem;
    }
    label {
      font-weight: 600;
    }
    select,
    input,
    button {
      min-block-size: 44px;
      font: inherit;
    }
    textarea {
      inline-size: 100%;
      box-sizing: border-box;
      font-family: ui-monospace, monospace;
      font-size: 0.875rem;
    }
    button {
      justify-self: start;
      min-inline-size: 44px;
      padding-inline: 1rem;
    }
    :focus-visible {
      outline: 3px solid #1a4f8b;
      outline-offset: 2px;
    }
  `;

  // Declared, then set in the constructor: class fields could shadow Lit's reactive accessors, depending on how
  // the story is compiled.
  declare baseURL: string;
  declare tag: string;
  declare item: string;
  /** The embedded element's language (not `lang`: that is every HTML element's own property). */
  declare contentLang: string;
  declare titles: Record<string, string>;
  declare copied: string;

  constructor() {
    super();
    this.baseURL = 'https://example.org/nabij/';
    this.tag = 'lemma-card';
    this.item = '';
    this.contentLang = 'nl';
    this.titles = {};
    this.copied = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.chooseElement(this.tag);
  }

  private async chooseElement(tag: string): Promise<void> {
    this.tag = tag;
    const slot = itemSlots[tag];
    this.item = slot?.ids[0] ?? '';
    this.copied = '';
    if (!slot) return;
    const titles = await Promise.all(slot.ids.map(async (id) => [id, (await itemTitle(tag, id)) ?? id] as const));
    if (this.tag === tag) this.titles = Object.fromEntries(titles);
  }

  private get choice() {
    const slot = itemSlots[this.tag];
    return {
      baseURL: this.baseURL,
      tag: this.tag,
      attributes: slot && this.item ? { [slot.attribute]: this.item } : {},
      itemTitle: this.titles[this.item],
      lang: this.contentLang === 'nl' ? undefined : this.contentLang,
    };
  }

  private async copy(id: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${id === 'iframe' ? 'De iframe-code' : 'De scriptcode'} is gekopieerd.`;
    } catch {
      // No clipboard (permissions, an insecure page): select the text so Ctrl+C copies it.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`);
      area?.focus();
      area?.select();
      this.copied = 'Kopiëren lukte niet; de code is geselecteerd, kopieer met Ctrl+C.';
    }
  }

  override render() {
    const slot = itemSlots[this.tag];
    const iframeCode = iframeSnippet(this.choice);
    const scriptCode = scriptSnippet(this.choice);
    return html`
      <div class="field">
        <label for="element">Onderdeel</label>
        <select id="element" @change=${(event: Event) => this.chooseElement((event.target as HTMLSelectElement).value)}>
          ${embeddableTags.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>${tag}</option>`)}
        </select>
      </div>
      ${
        slot
          ? html`<div class="field">
              <label for="item">Item</label>
              <select id="item" @change=${(event: Event) => (this.item = (event.target as HTMLSelectElement).value)}>
                ${slot.ids.map(
                  (id) => html`<option value=${id} ?selected=${id === this.item}>${this.titles[id] ?? id}</option>`,
                )}
              </select>
            </div>`
          : ''
      }
      <div class="field">
        <label for="lang">Taal van het onderdeel</label>
        <select id="lang" @change=${(event: Event) => (this.contentLang = (event.target as HTMLSelectElement).value)}>
          <option value="nl" ?selected=${this.contentLang === 'nl'}>Nederlands</option>
          <option value="en" ?selected=${this.contentLang === 'en'}>English</option>
        </select>
      </div>
      <div class="field">
        <label for="base">Adres waar Nabij staat (de map dist/ van het pakket)</label>
        <input
          id="base"
          type="url"
          .value=${this.baseURL}
          @input=${(event: Event) => (this.baseURL = (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="iframe">Iframe met resizer (werkt op elke pagina, ook in een leeromgeving)</label>
        <textarea id="iframe" rows="5" readonly .value=${iframeCode}></textarea>
        <button type="button" @click=${() => this.copy('iframe', iframeCode)}>Kopieer iframe-code</button>
      </div>
      <div class="field">
        <label for="script">Scripttag (het onderdeel staat in de pagina zelf)</label>
        <textarea id="script" rows="3" readonly .value=${scriptCode}></textarea>
        <button type="button" @click=${() => this.copy('script', scriptCode)}>Kopieer scriptcode</button>
      </div>
      <p role="status">${this.copied}</p>
    `;
  }
}
if (!customElements.get('nabij-embed-builder')) customElements.define('nabij-embed-builder', NabijEmbedBuilder);

const meta: Meta = {
  title: 'Hosts/Embed-code',
};
export default meta;

export const EmbedCodeBuilder: StoryObj = {
  name: 'Embed-code maken',
  render: () => html`<nabij-embed-builder></nabij-embed-builder>`,
};
