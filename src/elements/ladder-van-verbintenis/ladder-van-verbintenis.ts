import type { TemplateResult } from 'lit';
import type { Ladder } from '../../content/schema.js';
import { emit } from '../../core/events.js';
import type { LadderHostState } from './ladder-state.js';
import { elementDefiner } from '../../core/define.js';
import { NabijContentElement } from '../../core/nabij-content-element.js';
import { disclosureStyles } from '../../core/disclosure.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { emptyState, hasMark, STATE_FORMAT, stateToJson, type LadderState, type Place } from './ladder-state.js';
import { ladderStyles } from './ladder-van-verbintenis.styles.js';
import {
  itemLabel,
  markAnnouncement,
  renderTool,
  rungForKey,
  shownRung,
  type LadderView,
  type ListKey,
} from './ladder-panels.js';
import { copyShareLink } from './ladder-sharing.js';
import { addParticipant, addPlace, patchItem, removeItem } from './ladder-edits.js';
import { LadderRestore, loadIo } from './ladder-restore.js';
import type { ReadResult } from './ladder-state-io.js';
import { rungName, type LadderMode, type LadderText } from './ladder-views.js';

import { ladderSource } from '../../generated/ladder-source.js';
import { ladderText, type LadderMessageKey } from '../../i18n/nl/ladder.js';

export type { LadderMode };

const DEFAULT_LADDER = 'ladder-van-onderlinge-verbintenissen';

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
 * @csspart detail - The explanation of the chosen rung, or until then of the realistic ideal.
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
 * @prop {string} src - URL of a JSON file with a ladder of your own (see `dist/schema/ladder.json`). Wins over `ladder`.
 * @prop {unknown} content - Ladder data as a JS object; wins over inline JSON, `src` and `ladder`.
 * @prop {number} headingLevel - Level of the title heading (2–6).
 * @prop {number} timeout - Milliseconds to wait for `src`.
 * @prop {object | undefined} actor - The learner as an xAPI actor, copied into every `nabij-statement`; without it statements carry no actor.
 */
export class LadderVanVerbintenis extends NabijContentElement<Ladder> {
  static override styles = [sharedStyles, disclosureStyles, ladderStyles];
  static override contentSource = ladderSource;

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
  readonly #restore = new LadderRestore(this, (result) => this.#apply(result));

  protected get builtinId(): string {
    return this.ladder;
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
    this.#restore.setPending(value);
  }

  /**
   * Replaces the state with JSON (a string or an object in the download format) after checking it against the
   * ladder. Resolves to false, with a message in the element, when it is refused; the old state stays.
   */
  async restoreState(json: string | object): Promise<boolean> {
    const ladder = this.ladderData;
    return (
      !!ladder &&
      this.#restore.read((io) => io.stateFromJson(typeof json === 'string' ? json : JSON.stringify(json), ladder))
    );
  }

  /** The current state as a URL fragment value (`#nabij-ladder=<value>`), for links to this conversation. */
  async stateFragment(): Promise<string> {
    const ladder = this.ladderData;
    return ladder ? (await loadIo()).stateToFragment(this._state, ladder) : '';
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
    return renderTool(this.#view(ladder), ladder, this.titleLevel);
  }

  /** What the panels in ladder-panels.ts show, and where they report what the user does. */
  #view(ladder: Ladder): LadderView {
    return {
      t: this.#text,
      lang: this.uiLang,
      mode: this.mode,
      state: this._state,
      message: this._message,
      link: this._link,
      announcement: this._announcement,
      backgroundOpen: this._backgroundOpen,
      actions: {
        select: (index) => this.#select(ladder, index),
        ladderKey: (event) => this.#onLadderKey(event, ladder),
        label: (list, index) => itemLabel(this.#text, this._state, list, index),
        patch: (list, index, patch) => this.#patch(list, index, patch),
        mark: (list, index, label, kind, rung) => {
          this.#patch(list, index, { [kind]: rung }, markAnnouncement(this.#text, ladder, label, kind, rung));
          this.#rungStatement(ladder, rung);
        },
        remove: (list, index) => this.#remove(list, index),
        addPlace: this.#addPlace,
        addParticipant: this.#addParticipant,
        copyLink: this.#copyLink,
        download: this.#download,
        upload: this.#upload,
        clear: this.#clear,
        toggleBackground: () => (this._backgroundOpen = !this._backgroundOpen),
      },
    };
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
    const name = rungName(ladder, rung);
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
    const target = rungForKey(event.key, shownRung(ladder, this._state.selected), ladder.rungs.length);
    if (target === undefined) return;
    event.preventDefault();
    this.#select(ladder, target);
  }

  #patch(list: ListKey, index: number, patch: Partial<Place>, announcement?: string): void {
    this.#commit(patchItem(this._state, list, index, patch), announcement);
  }

  #remove(list: ListKey, index: number): void {
    this.#commit(...removeItem(this.#text, this._state, list, index));
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
    this.#commit(...addPlace(this.#text, this._state, name));
    form.reset();
  };

  #addParticipant = (): void => this.#commit(...addParticipant(this.#text, this._state));

  #clear = (): void => {
    this._link = '';
    this._message = { key: 'cleared', alert: false };
    this.#commit(emptyState(this._state.ladder), this.#t('cleared'));
  };

  // ——— sharing, files and storage ———

  #copyLink = async (): Promise<void> => {
    this._link = await copyShareLink(this.id, await this.stateFragment());
    this._message = this._link ? undefined : { key: 'linkCopied', alert: false };
    if (!this._link) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.link-field input')?.focus();
  };

  // The file helpers load on the first download or upload: a chunk the first render does not wait for.
  #download = (): Promise<void> =>
    import('../../shared/files.js').then(({ downloadFile }) =>
      downloadFile(`${this._state.ladder}.json`, stateToJson(this._state), 'application/json'),
    );

  #upload = async (event: Event): Promise<void> => {
    const { readChosenFile } = await import('../../shared/files.js');
    const text = await readChosenFile(event);
    if (text !== undefined) await this.restoreState(text);
  };

  /** Takes a state `#restore` read (a host state also brings its `completed`), or shows why it was refused. */
  #apply(result: ReadResult): boolean {
    if ('refused' in result) {
      this._message = { key: result.refused, alert: true };
      emit(this, 'nabij-error', result.detail);
      return false;
    }
    this._link = '';
    this._message = { key: 'restored', alert: false };
    this.#completed = result.completed ?? this.#completed;
    this.#commit(result.marks, this.#t('restored'));
    return true;
  }

  #save(): void {
    if (!this.#restore.save(this.state)) this._message = { key: 'storageFailed', alert: true };
  }

  /** Once the ladder is here: state from the URL fragment, else from storage (with `persist="local"`), else empty. */
  protected override contentReady(ladder: Ladder): void {
    this._state = emptyState(ladder.id);
    if (!this.#restore.start(ladder)) this._message = { key: 'storageFailed', alert: true };
  }
}

/** Registers `<ladder-van-verbintenis>` (or `<prefix-ladder-van-verbintenis>`); safe to call more than once. */
export const define = elementDefiner('ladder-van-verbintenis', LadderVanVerbintenis);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-van-verbintenis': LadderVanVerbintenis;
  }
}
