import { html, nothing, type TemplateResult } from 'lit';
import { loadBuiltinLadder } from '../../content/builtin/ladder.js';
import type { Ladder } from '../../content/schema.js';
import { emit } from '../../core/events.js';
import type { LadderHostState } from '../../core/host-state.js';
import { elementDefiner, NabijContentElement } from '../../core/nabij-content-element.js';
import type { ValidationResult } from '../../content/validate.js';
import { renderRichText } from '../../core/rich-text.js';
import { disclosureStyles } from '../../core/disclosure.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { readStored, writeStored } from '../../core/storage.js';
import { heading, renderAttribution } from '../../core/templates.js';
import {
  emptyState,
  hasMark,
  ladderStateToJson,
  STATE_FORMAT,
  STATE_LIMITS,
  stateToJson,
  type LadderState,
  type Participant,
  type Place,
} from './ladder-state.js';
import { ladderStyles } from './ladder-van-verbintenis.styles.js';
import {
  renderBackground,
  renderMarkPickers,
  renderPrintSheet,
  renderRung,
  renderRungMarks,
  VALUATION_ICON,
  type LadderMode,
  type LadderText,
} from './ladder-views.js';

export type { LadderMode };
import { ladderText, type LadderMessageKey } from '../../i18n/nl/ladder.js';

const DEFAULT_LADDER = 'ladder-van-onderlinge-verbintenissen';
const STORAGE_PREFIX = 'nabij-ladder';

type IoModule = typeof import('./ladder-state-io.js');
type ListKey = 'places' | 'participants';
const loadIo = (): Promise<IoModule> => import('./ladder-state-io.js');

/**
 * The ladder of mutual commitments (*ladder van onderlinge verbintenissen*, Monique Kremer) as a conversation
 * tool. Residents and social workers choose a rung to read what it means; in `conversation` mode they mark,
 * per street or neighbourhood, where it stands now and where people want to go, with notes; in `group` mode
 * each participant marks their own view and the ladder shows how many stand on each rung.
 *
 * The state can be shared as a link, downloaded and opened as JSON, printed as a discussion sheet, and kept
 * in this browser with `persist="local"` (nothing is stored without it).
 *
 * @tagname ladder-van-verbintenis
 * @summary The ladder of mutual commitments, for exploring which rung is desirable and feasible in a place.
 *
 * @csspart tool - The outer wrapper.
 * @csspart title - The ladder's title heading.
 * @csspart ladder - The radio group with the rungs.
 * @csspart rung - Each rung (role radio).
 * @csspart rung-marks - The place markers or participant counts on a rung.
 * @csspart detail - The explanation of the selected rung.
 * @csspart places - The conversation panel with places, marks and notes.
 * @csspart participants - The group panel with participants' marks.
 * @csspart background - The findings, levers and roles around the ladder.
 * @csspart toolbar - The share, download, open, print and clear buttons.
 * @csspart attribution - The source and licence line.
 * @csspart status - The loading message.
 * @csspart error - The error message shown instead of invalid content.
 *
 * @cssprop [--nabij-ladder-loading-block-size=100svh] - Room kept while the content loads, so the page does not jump; `0` turns it off.
 * @cssprop [--nabij-ladder-background-color=Canvas] - Background; falls back to `--basis-color-default-bg-document`.
 * @cssprop [--nabij-ladder-color=CanvasText] - Text colour; falls back to `--basis-color-default-color-document`.
 * @cssprop [--nabij-ladder-border-color=#767676] - Borders of rungs and panels; falls back to `--basis-color-default-border-default`.
 * @cssprop [--nabij-ladder-border-radius=0.5rem] - Corner radius; falls back to `--basis-border-radius-md`.
 * @cssprop [--nabij-ladder-accent-color=#0b4f8a] - Selected rung, buttons and links; falls back to `--basis-color-accent-1-color-document`.
 * @cssprop [--nabij-ladder-rejected-color=#b00020] - Band of a rejected rung (the source shows it in red).
 * @cssprop [--nabij-ladder-ideal-color=#1e7b34] - Band of the realistic ideal.
 * @cssprop [--nabij-ladder-valued-color=#1d5f8a] - Band of a valuable rung.
 * @cssprop [--nabij-ladder-fragile-color=#8a5a00] - Band of a valuable but fragile rung.
 * @cssprop [--nabij-ladder-problematic-color=#a33a00] - Band of a problematic rung.
 * @cssprop [--nabij-ladder-neutral-color=#5a5a5a] - Band of a neutral rung.
 *
 * @fires nabij-change - The marks, notes or selected rung changed, or a state was restored. Detail: `{ state }`, the whole state as in `state`.
 * @fires nabij-statement - An xAPI-shaped statement: `experienced` the ladder (shown), `interacted` with a rung (`<base>/ladder/<id>/trede/<rung>`: chosen or marked), `completed` (the first place or participant marked on a rung; once). See docs/statements.md.
 * @fires nabij-load - The ladder content was loaded and is shown. Detail: `{ id, origin }`.
 * @fires nabij-error - The ladder content could not be loaded or is invalid, or a state (`state`, a link, a file) was refused (`code: 'invalid-state'`, the field in `issues[0].path`). Detail: `{ code, origin, issues, params }`.
 *
 * @attr src - URL of a JSON file with a ladder of your own (see `dist/schema/ladder.json`). Wins over `ladder`.
 * @attr heading-level - Level of the title heading (2–6).
 * @attr timeout - Milliseconds to wait for `src`.
 * @attr statement-base - Base IRI of the activity ids in statements (`<base>/ladder/<id>`); else `<meta name="nabij-statement-base">`, else `urn:nabij`.
 * @prop {object | undefined} actor - The learner as an xAPI actor, copied into every `nabij-statement`; without it statements carry no actor.
 */
export class LadderVanVerbintenis extends NabijContentElement<Ladder> {
  static override styles = [sharedStyles, disclosureStyles, ladderStyles];

  static override properties = {
    ladder: { reflect: true },
    mode: { reflect: true },
    persist: {},
    _state: { state: true },
    _message: { state: true },
    _announcement: { state: true },
    _backgroundOpen: { state: true },
    _link: { state: true },
  };

  /** Id of a built-in ladder. */
  ladder = DEFAULT_LADDER;

  /** `explore`: read the rungs. `conversation`: mark places now and wanted, with notes. `group`: each participant marks. */
  mode: LadderMode = 'explore';

  /** `local` keeps the marks in this browser's localStorage; without it nothing is stored. */
  persist = '';

  protected _state: LadderState = emptyState(DEFAULT_LADDER);
  /** A message about the last save/share/open action: `{ key, alert }`; alerts are errors. */
  protected _message?: { key: LadderMessageKey; alert: boolean };
  /** What the live region says after a mark changes. */
  protected _announcement = '';
  protected _backgroundOpen = false;
  /** A share link shown for copying by hand when the clipboard is not available. */
  protected _link = '';

  /** A place or participant was marked once; stays true (see `hasMark`). */
  #completed = false;
  /** A state the host set: applied once the ladder is here and the link or stored state was read. */
  #pendingState?: string | object;
  #initialRestore: Promise<void> = Promise.resolve();

  protected get builtinId(): string {
    return this.ladder;
  }

  protected loadBuiltinContent(id: string): Promise<unknown> {
    return loadBuiltinLadder(id);
  }

  protected validateContent(input: unknown): Promise<ValidationResult<Ladder>> {
    return import('../../content/validators/ladder.js').then((module) => module.validateLadder(input));
  }

  protected activityPath(ladder: Ladder): string[] {
    return ['ladder', ladder.id];
  }

  /** The ladder shown now, or undefined while loading or in error. */
  get ladderData(): Ladder | undefined {
    return this.readyContent;
  }

  /**
   * The marks, notes and selection as JSON-serialisable data for a host to keep (`format: 'nabij-ladder-state'`,
   * with `completed`). Setting it restores them once the ladder has loaded, after checking them against it; a
   * state that does not fit is refused with an alert in the element and `nabij-error` (`code: 'invalid-state'`),
   * and the marks stay. Accepted states are confirmed with `nabij-change`.
   */
  get state(): LadderHostState {
    return { format: STATE_FORMAT, version: 1, completed: this.#completed, ...structuredClone(this._state) };
  }

  set state(value: LadderHostState | string) {
    this.#pendingState = value;
    if (this.ladderData) void this.#applyPendingState();
  }

  /**
   * Replaces the state with JSON (a string or an object in the download format) after checking it against the
   * ladder. Resolves to false, with a message in the element, when it is refused; the old state stays.
   */
  async restoreState(json: string | object): Promise<boolean> {
    const ladder = this.ladderData;
    if (!ladder) return false;
    const io = await loadIo();
    return this.#tryRestore(() => io.stateFromJson(typeof json === 'string' ? json : JSON.stringify(json), ladder), io);
  }

  /** The current state as a URL fragment value (`#nabij-ladder=<value>`), for links to this conversation. */
  async stateFragment(): Promise<string> {
    const ladder = this.ladderData;
    if (!ladder) return '';
    return (await loadIo()).stateToFragment(this._state, ladder);
  }

  protected override get loadingText(): string {
    return this.#t('loading');
  }

  #t(key: LadderMessageKey, params?: Record<string, string | number>): string {
    return ladderText(this, this.uiLang, key, params);
  }

  /** `#t` as a function value, for the views in ladder-views.ts. */
  #text: LadderText = (key, params) => this.#t(key, params);

  protected renderContent(ladder: Ladder): TemplateResult {
    const level = this.titleLevel;
    const selected = ladder.rungs.find((rung) => rung.id === this._state.selected);
    return html`<div part="tool" class="tool" lang=${ladder.lang}>
      ${heading(level, ladder.title, 'title')}
      ${ladder.figureCaption ? html`<p class="muted">${ladder.figureCaption}</p>` : nothing}
      <div class="purpose">${renderRichText(ladder.purpose, { lemmaRef: (_id, text) => html`${text}` })}</div>
      <div class="layout">
        <div class="ladder-column">${this.#renderLadder(ladder)}</div>
        <div part="detail" class="detail" data-screen-only>
          ${selected ? renderRung(this.#text, selected, level + 1) : html`<p class="muted">${this.#t('chooseRung')}</p>`}
        </div>
      </div>
      ${this.mode === 'conversation' ? this.#renderList(ladder, level, 'places') : nothing}
      ${this.mode === 'group' ? this.#renderList(ladder, level, 'participants') : nothing}
      ${renderBackground(this.#text, ladder, level, this._backgroundOpen, () => (this._backgroundOpen = !this._backgroundOpen))}
      ${renderPrintSheet(this.#text, ladder, this._state, level)} ${this.#renderToolbar()}
      <p part="attribution" class="muted attribution">
        ${renderAttribution(ladder.source, this.uiLang, {
          source: this.#t('source'),
          editors: this.#t('sourceEditors'),
          licenceNote: this.#t('summaryNote'),
        })}
      </p>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  /**
   * The rungs as an APG radio group. DOM order is bottom → top (the order of the ladder); CSS draws the
   * bottom rung at the bottom. Arrow Up/Right climb, Arrow Down/Left descend, Home/End go to the bottom/top
   * rung; selection follows focus, and only the selected rung (or the bottom one) is in the Tab order.
   */
  #renderLadder(ladder: Ladder): TemplateResult {
    const { rungs } = ladder;
    const selectedIndex = rungs.findIndex((rung) => rung.id === this._state.selected);
    const tabStop = selectedIndex === -1 ? 0 : selectedIndex;
    return html`<div
      part="ladder"
      class="ladder"
      role="radiogroup"
      aria-label=${this.#t('ladderLabel')}
      @keydown=${(event: KeyboardEvent) => this.#onLadderKey(event, ladder)}
    >
      ${rungs.map((rung, index) => {
        const checked = index === selectedIndex;
        const id = `rung-${index}`;
        // A short name (rung, position, valuation) and the rest as description, so a screen reader moving
        // through the rungs hears the names first instead of every summary and mark in one long name.
        return html`<div
          part="rung"
          class="rung rung--${rung.valuation}"
          role="radio"
          aria-labelledby="${id}-name ${id}-position ${id}-valuation"
          aria-describedby="${id}-summary ${id}-marks"
          aria-checked=${checked ? 'true' : 'false'}
          tabindex=${index === tabStop ? '0' : '-1'}
          data-index=${index}
          @click=${() => this.#select(ladder, index)}
        >
          <span class="rung__step" aria-hidden="true">${index + 1}</span>
          <span class="rung__text">
            <span class="rung__name" id="${id}-name">${rung.name}</span>
            <span class="visually-hidden" id="${id}-position"
              >, ${this.#t('rung', { n: index + 1, total: rungs.length })},</span
            >
            <span class="rung__valuation" id="${id}-valuation"
              ><span aria-hidden="true">${VALUATION_ICON[rung.valuation]}</span> ${this.#t(
                `valuation.${rung.valuation}`,
              )}${rung.valuationBy === 'editorial' ? ` (${this.#t('valuationEditorialShort')})` : ''}</span
            >
            <span class="rung__summary" id="${id}-summary">${rung.summary}</span>
            <span id="${id}-marks">${renderRungMarks(this.#text, this.mode, this._state, rung)}</span>
          </span>
        </div>`;
      })}
    </div>`;
  }

  /**
   * The conversation's places or the group's participants: a card each with rung pickers (now / wanted), a note
   * (places) or an optional name (participants), and a remove button; then a way to add one.
   */
  #renderList(ladder: Ladder, level: number, list: ListKey): TemplateResult {
    const items: (Place | Participant)[] = this._state[list];
    const isPlaces = list === 'places';
    return html`<div part=${list} class="panel" data-screen-only>
      ${heading(level + 1, this.#t(list))}
      ${isPlaces ? nothing : html`<p class="muted">${this.#t('tallyTotal', { count: items.length })}</p>`}
      <ul class="cards">
        ${items.map((item, index) => {
          const label = this.#label(list, index);
          const text = (event: Event) => (event.target as HTMLInputElement).value.trim() || undefined;
          return html`<li class="card">
            ${heading(level + 2, label)}
            ${
              isPlaces
                ? nothing
                : html`<label class="field">
                    <span>${this.#t('participantName')}</span>
                    <input
                      maxlength=${STATE_LIMITS.name}
                      autocomplete="off"
                      .value=${item.name ?? ''}
                      @change=${(event: Event) => this.#patch(list, index, { name: text(event) })}
                    />
                  </label>`
            }
            ${renderMarkPickers(this.#text, ladder, label, item, (kind, rung) => {
              this.#patch(list, index, { [kind]: rung }, this.#markAnnouncement(ladder, label, kind, rung));
              this.#rungStatement(ladder, rung);
            })}
            ${
              isPlaces
                ? html`<label class="field">
                    <span>${this.#t('note', { place: label })}</span>
                    <textarea
                      rows="3"
                      maxlength=${STATE_LIMITS.note}
                      .value=${(item as Place).note ?? ''}
                      @change=${(event: Event) => this.#patch(list, index, { note: text(event) })}
                    ></textarea>
                  </label>`
                : nothing
            }
            <button type="button" class="button button--quiet" @click=${() => this.#remove(list, index)}>
              ${this.#t('remove', { name: label })}
            </button>
          </li>`;
        })}
      </ul>
      ${
        items.length >= STATE_LIMITS[list]
          ? nothing
          : isPlaces
            ? html`<form class="add" data-screen-only @submit=${this.#addPlace}>
                <label class="field">
                  <span>${this.#t('placeName')}</span>
                  <input name="place" required maxlength=${STATE_LIMITS.name} autocomplete="off" />
                </label>
                <button class="button add-button">${this.#t('addPlace')}</button>
              </form>`
            : html`<button type="button" class="button add-button" @click=${this.#addParticipant}>
                ${this.#t('addParticipant')}
              </button>`
      }
    </div>`;
  }

  #renderToolbar(): TemplateResult {
    const message = this._message;
    return html`<div part="toolbar" class="toolbar" data-screen-only role="group" aria-label=${this.#t('tools')}>
      <button type="button" class="button" @click=${this.#copyLink}>${this.#t('copyLink')}</button>
      <button type="button" class="button" @click=${this.#download}>${this.#t('download')}</button>
      <label class="button file">
        ${this.#t('upload')}
        <input type="file" accept="application/json,.json" class="visually-hidden" @change=${this.#upload} />
      </label>
      <button type="button" class="button" @click=${() => window.print()}>${this.#t('print')}</button>
      <button type="button" class="button button--quiet" @click=${this.#clear}>${this.#t('clear')}</button>
      ${
        this._link
          ? html`<label class="field link-field">
              <span>${this.#t('linkReady')}</span>
              <input
                readonly
                .value=${this._link}
                @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
              />
            </label>`
          : nothing
      }
      ${
        message
          ? html`<p
              class=${message.alert ? 'message message--alert' : 'message'}
              role=${message.alert ? 'alert' : 'status'}
            >
              ${this.#t(message.key)}
            </p>`
          : nothing
      }
    </div>`;
  }

  // ——— state changes ———

  #commit(next: LadderState, announcement?: string): void {
    this._state = next;
    if (announcement !== undefined) this._announcement = announcement;
    this.#save();
    const ladder = this.ladderData;
    if (ladder && !this.#completed && hasMark(next)) {
      this.#completed = true;
      this.statement('completed', ['ladder', ladder.id], {
        name: ladder.title,
        lang: ladder.lang,
        result: { completion: true },
      });
    }
    emit(this, 'nabij-change', { state: this.state });
  }

  #rungStatement(ladder: Ladder, rung?: string): void {
    const name = ladder.rungs.find((candidate) => candidate.id === rung)?.name;
    if (rung && name) this.statement('interacted', ['ladder', ladder.id, 'trede', rung], { name, lang: ladder.lang });
  }

  #select(ladder: Ladder, index: number): void {
    const rung = ladder.rungs[index];
    if (!rung) return;
    if (this._state.selected !== rung.id) {
      this.#commit({ ...this._state, selected: rung.id });
      this.#rungStatement(ladder, rung.id);
    }
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[part="rung"][data-index="${index}"]`)?.focus(),
    );
  }

  #onLadderKey(event: KeyboardEvent, ladder: Ladder): void {
    const last = ladder.rungs.length - 1;
    const current = Math.max(
      0,
      ladder.rungs.findIndex((rung) => rung.id === this._state.selected),
    );
    const target: Record<string, number> = {
      ArrowUp: Math.min(last, current + 1),
      ArrowRight: Math.min(last, current + 1),
      ArrowDown: Math.max(0, current - 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: last,
      ' ': current,
      Enter: current,
    };
    if (!(event.key in target)) return;
    event.preventDefault();
    this.#select(ladder, target[event.key]);
  }

  #markAnnouncement(ladder: Ladder, owner: string, kind: 'now' | 'want', rung?: string): string {
    const rungName = ladder.rungs.find((candidate) => candidate.id === rung)?.name;
    return rungName
      ? this.#t('announceMark', { place: owner, kind: this.#t(kind), rung: rungName })
      : this.#t('announceUnmark', { place: owner, kind: this.#t(kind) });
  }

  /** A place's name, or "Deelnemer n" (participants' names stay off the ladder and out of announcements). */
  #label(list: ListKey, index: number): string {
    return list === 'places' ? this._state.places[index].name : this.#t('participant', { n: index + 1 });
  }

  #patch(list: ListKey, index: number, patch: Partial<Place>, announcement?: string): void {
    const items = this._state[list].map((item, i) => (i === index ? { ...item, ...patch } : item));
    this.#commit({ ...this._state, [list]: items }, announcement);
  }

  #remove(list: ListKey, index: number): void {
    const label = this.#label(list, index);
    const items = this._state[list].filter((_, i) => i !== index);
    this.#commit({ ...this._state, [list]: items }, this.#t('announceRemoved', { place: label }));
    // The removed card held the focus: give it to the control that adds one.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(list === 'places' ? 'input[name="place"]' : '.add-button')?.focus(),
    );
  }

  #addPlace = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = (form.elements.namedItem('place') as HTMLInputElement).value.trim();
    if (!name) return;
    this.#commit(
      { ...this._state, places: [...this._state.places, { name }] },
      this.#t('announceAdded', { place: name }),
    );
    form.reset();
  };

  #addParticipant = (): void => {
    const participants = [...this._state.participants, {}];
    this.#commit(
      { ...this._state, participants },
      this.#t('announceAdded', { place: this.#t('participant', { n: participants.length }) }),
    );
  };

  #clear = (): void => {
    this._link = '';
    this._message = { key: 'cleared', alert: false };
    this.#commit(emptyState(this._state.ladder), this.#t('cleared'));
  };

  // ——— sharing, files and storage ———

  /** The fragment key: `nabij-ladder`, or `nabij-ladder-<id>` when the element has an id (several on a page). */
  get #fragmentKey(): string {
    return this.id ? `${STORAGE_PREFIX}-${this.id}` : STORAGE_PREFIX;
  }

  get #storageKey(): string {
    return `${STORAGE_PREFIX}:${this._state.ladder}:${this.id || 'standaard'}`;
  }

  #copyLink = async (): Promise<void> => {
    const fragment = await this.stateFragment();
    const url = new URL(location.href);
    url.hash = `${this.#fragmentKey}=${fragment}`;
    try {
      await navigator.clipboard.writeText(url.href);
      this._link = '';
      this._message = { key: 'linkCopied', alert: false };
    } catch {
      // No clipboard (an LMS iframe without permission, an old browser): show the link to copy by hand.
      this._link = url.href;
      this._message = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.link-field input')?.focus();
    }
  };

  #download = (): void => {
    const blob = new Blob([stateToJson(this._state)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this._state.ladder}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };

  #upload = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.restoreState(await file.text());
  };

  /** Replaces the state with what `read` returns; a host state also brings its `completed`. */
  #tryRestore(read: () => LadderState | { marks: LadderState; completed: boolean }, io: IoModule): boolean {
    try {
      const result = read();
      const [next, completed] = 'marks' in result ? [result.marks, result.completed] : [result, this.#completed];
      this._link = '';
      this._message = { key: 'restored', alert: false };
      this.#completed = completed;
      this.#commit(next, this.#t('restored'));
      return true;
    } catch (error) {
      const reason = error instanceof io.StateError ? error.reason : 'unreadable';
      const known = ['other-ladder', 'unknown-rung', 'too-large'].includes(reason) ? reason : 'unreadable';
      this._message = { key: `state.${known as 'unreadable'}`, alert: true };
      emit(this, 'nabij-error', io.stateErrorDetail(error));
      return false;
    }
  }

  async #applyPendingState(): Promise<void> {
    await this.#initialRestore;
    const input = this.#pendingState;
    const ladder = this.ladderData;
    this.#pendingState = undefined;
    if (input === undefined || !ladder) return;
    const io = await loadIo();
    this.#tryRestore(() => io.hostStateFromJson(input, ladder), io);
  }

  #save(): void {
    // With the completion, so a reload does not report the ladder completed a second time.
    if (!writeStored(this.persist, this.#storageKey, ladderStateToJson(this.state))) {
      this._message = { key: 'storageFailed', alert: true };
    }
  }

  /** Once the ladder is here: state from the URL fragment, else from storage (with `persist="local"`), else empty. */
  async #restoreInitialState(ladder: Ladder): Promise<void> {
    this._state = emptyState(ladder.id);
    const fragment = new URLSearchParams(location.hash.slice(1)).get(this.#fragmentKey);
    const stored = readStored(this.persist, this.#storageKey);
    if (stored === undefined) this._message = { key: 'storageFailed', alert: true };
    if (!fragment && !stored) return;
    const io = await loadIo();
    if (fragment) this.#tryRestore(() => io.stateFromFragment(fragment, ladder), io);
    else if (stored) this.#tryRestore(() => io.hostStateFromJson(stored, ladder, true), io);
  }

  protected override contentReady(ladder: Ladder): void {
    this.#initialRestore = this.#restoreInitialState(ladder);
    void this.#applyPendingState();
  }
}

/** Registers `<ladder-van-verbintenis>` (or `<prefix-ladder-van-verbintenis>`); safe to call more than once. */
export const define = elementDefiner('ladder-van-verbintenis', LadderVanVerbintenis);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-van-verbintenis': LadderVanVerbintenis;
  }
}
