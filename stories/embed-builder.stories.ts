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
    .field > * {
      /* Long item titles and addresses wrap or shrink instead of widening the page (320px reflow). */
      min-inline-size: 0;
      max-inline-size: 100%;
      box-sizing: border-box;
    }
    pre {
      margin: 0 0 0.5rem;
      padding: 0.75rem;
      border: 1px solid #6b6b6b;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-family: ui-monospace, monospace;
      font-size: 0.875rem;
    }
    h3 {
      font-size: 1rem;
      margin-block: 1.5rem 0.5rem;
    }
    @media print {
      /* On paper only the chosen code counts: no controls. */
      .choices,
      button {
        display: none;
      }
    }
    button {
      justify-self: start;
      display: block;
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
      this.copied = `${id === 'iframe-code' ? 'De iframe-code' : 'De scriptcode'} is gekopieerd.`;
    } catch {
      // No clipboard (permissions, an insecure page): select the code so Ctrl+C copies it.
      const code = this.renderRoot.querySelector(`#${id}`);
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = 'Kopiëren lukte niet; de code is geselecteerd, kopieer met Ctrl+C.';
    }
  }

  /** The two snippets, or a note when the address cannot be read (the author is still typing it). */
  private snippets(): { iframeCode: string; scriptCode: string } | undefined {
    try {
      return { iframeCode: iframeSnippet(this.choice), scriptCode: scriptSnippet(this.choice) };
    } catch {
      return undefined;
    }
  }

  override render() {
    const slot = itemSlots[this.tag];
    const snippets = this.snippets();
    // part="tool": the builder's root, as the elements name theirs (the story runner waits for such a part).
    return html`<div part="tool">
      <div class="choices">
        <div class="field">
          <label for="element">Onderdeel</label>
          <select
            id="element"
            @change=${(event: Event) => this.chooseElement((event.target as HTMLSelectElement).value)}
          >
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
      </div>
      ${
        snippets
          ? html`<section aria-labelledby="iframe-heading">
                <h3 id="iframe-heading">Iframe met resizer (werkt op elke pagina, ook in een leeromgeving)</h3>
                <pre id="iframe-code"><code>${snippets.iframeCode}</code></pre>
                <button type="button" @click=${() => this.copy('iframe-code', snippets.iframeCode)}>
                  Kopieer iframe-code
                </button>
              </section>
              <section aria-labelledby="script-heading">
                <h3 id="script-heading">Scripttag (het onderdeel staat in de pagina zelf)</h3>
                <pre id="script-code"><code>${snippets.scriptCode}</code></pre>
                <button type="button" @click=${() => this.copy('script-code', snippets.scriptCode)}>
                  Kopieer scriptcode
                </button>
              </section>`
          : html`<p>Vul een volledig adres in, zoals https://example.org/nabij/.</p>`
      }
      <p role="status">${this.copied}</p>
    </div>`;
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
