import { html, nothing, type TemplateResult } from 'lit';
import type { Ladder } from '../../content/schema.js';
import type { UiLang } from '../../core/i18n.js';
import { renderRichText } from '../../core/rich-text.js';
import { heading, renderAttribution } from '../../core/templates.js';
import type { LadderMessageKey } from '../../i18n/nl/ladder.js';
import { STATE_LIMITS, type LadderState, type Participant, type Place } from './ladder-state.js';
import {
  renderBackground,
  renderMarkPickers,
  renderPrintSheet,
  renderRung,
  renderRungMarks,
  plainLemmas,
  rungName,
  VALUATION_ICON,
  type LadderMode,
  type LadderText,
} from './ladder-views.js';

/*
 * The interactive parts of `<ladder-van-verbintenis>`: the rungs as a radio group, the places or participants
 * panel and the toolbar. They render what `view` holds and report every user action to `view.actions`; the
 * element keeps the state and decides what an action changes.
 */

export type ListKey = 'places' | 'participants';

/**
 * The rung a key moves to in the radio group (of `count` rungs, from the shown rung `at`): Arrow Up/Right climb,
 * Arrow Down/Left descend, Home/End go to the bottom/top rung, Space/Enter choose the current one. Undefined
 * for any other key.
 */
export function rungForKey(key: string, at: number, count: number): number | undefined {
  const target = (
    {
      ArrowUp: at + 1,
      ArrowRight: at + 1,
      ArrowDown: at - 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: count,
      ' ': at,
      Enter: at,
    } as Record<string, number>
  )[key];
  return target === undefined ? target : Math.max(0, Math.min(count - 1, target));
}

/**
 * The rung the detail panel shows: the selected one, else the realistic ideal (else the bottom rung), so the
 * panel is never empty. Only a user's choice becomes `selected`; this default is shown, not chosen.
 */
export function shownRung({ rungs }: Ladder, selected?: string): number {
  const at = rungs.findIndex((rung) => rung.id === selected);
  return Math.max(0, at < 0 ? rungs.findIndex((rung) => rung.valuation === 'realistisch-ideaal') : at);
}

/** A place's name, or "Deelnemer n" (participants' names stay off the ladder and out of announcements). */
export function itemLabel(t: LadderText, state: LadderState, list: ListKey, index: number): string {
  return list === 'places' ? state.places[index].name : t('participant', { n: index + 1 });
}

/** What the live region says when `owner`'s now/wanted mark moves to `rung` (or is taken off). */
export function markAnnouncement(
  t: LadderText,
  ladder: Ladder,
  owner: string,
  kind: 'now' | 'want',
  rung?: string,
): string {
  const name = rungName(ladder, rung);
  return name
    ? t('announceMark', { place: owner, kind: t(kind), rung: name })
    : t('announceUnmark', { place: owner, kind: t(kind) });
}

export interface LadderActions {
  select(index: number): void;
  ladderKey(event: KeyboardEvent): void;
  label(list: ListKey, index: number): string;
  patch(list: ListKey, index: number, patch: Partial<Place>): void;
  mark(list: ListKey, index: number, label: string, kind: 'now' | 'want', rung?: string): void;
  remove(list: ListKey, index: number): void;
  addPlace(event: SubmitEvent): void;
  addParticipant(): void;
  copyLink(): void;
  download(): void;
  upload(event: Event): void;
  clear(): void;
  toggleBackground(): void;
}

export interface LadderView {
  t: LadderText;
  lang: UiLang;
  mode: LadderMode;
  state: LadderState;
  /** A message about the last save/share/open action; alerts are errors. */
  message?: { key: LadderMessageKey; alert: boolean };
  /** A share link shown for copying by hand when the clipboard is not available. */
  link: string;
  /** What the live region says after a mark changes. */
  announcement: string;
  backgroundOpen: boolean;
  actions: LadderActions;
}

/**
 * The rungs as an APG radio group. DOM order is bottom → top (the order of the ladder); CSS draws the
 * bottom rung at the bottom. Arrow Up/Right climb, Arrow Down/Left descend, Home/End go to the bottom/top
 * rung; selection follows focus. Only the rung the panel shows is in the Tab order: the selected one, else the
 * default (see `shownRung`), which focus does not select, so the keys start where the reader is looking.
 */
export function renderLadder(view: LadderView, ladder: Ladder): TemplateResult {
  const { rungs } = ladder;
  const shown = shownRung(ladder, view.state.selected);
  return html`<div
    part="ladder"
    class="ladder"
    role="radiogroup"
    aria-label=${view.t('ladderLabel')}
    @keydown=${view.actions.ladderKey}
  >
    ${rungs.map((rung, index) => {
      const checked = rung.id === view.state.selected;
      const id = `rung-${index}`;
      // A short name (rung, position, valuation) and the rest as description, so a screen reader moving
      // through the rungs hears the names first instead of every summary and mark in one long name.
      return html`<div
        part="rung"
        class="rung rung--${rung.valuation}"
        role="radio"
        aria-labelledby="${id}-name ${id}-position ${id}-valuation"
        aria-describedby="${id}-summary ${id}-marks"
        aria-checked=${checked}
        tabindex=${index === shown ? 0 : -1}
        data-index=${index}
        @click=${() => view.actions.select(index)}
      >
        <span class="rung__step" aria-hidden="true">${index + 1}</span>
        <span class="rung__text">
          <span class="rung__name" id="${id}-name">${rung.name}</span>
          <span class="visually-hidden" id="${id}-position"
            >, ${view.t('rung', { n: index + 1, total: rungs.length })},</span
          >
          <span class="rung__valuation" id="${id}-valuation"
            ><span aria-hidden="true">${VALUATION_ICON[rung.valuation]}</span> ${view.t(
              `valuation.${rung.valuation}`,
            )}${rung.valuationBy === 'editorial' ? ` (${view.t('valuationEditorialShort')})` : ''}</span
          >
          <span class="rung__summary" id="${id}-summary">${rung.summary}</span>
          <span id="${id}-marks">${renderRungMarks(view.t, view.mode, view.state, rung)}</span>
        </span>
      </div>`;
    })}
  </div>`;
}

/**
 * The conversation's places or the group's participants: a card each with rung pickers (now / wanted), a note
 * (places) or an optional name (participants), and a remove button; then a way to add one.
 */
export function renderList(view: LadderView, ladder: Ladder, level: number, list: ListKey): TemplateResult {
  const items: (Place | Participant)[] = view.state[list];
  const isPlaces = list === 'places';
  return html`<div part=${list} class="panel" data-screen-only>
    ${heading(level + 1, view.t(list))}
    ${isPlaces ? nothing : html`<p class="muted">${view.t('tallyTotal', { count: items.length })}</p>`}
    <ul class="cards">
      ${items.map((item, index) => {
        const label = view.actions.label(list, index);
        const text = (event: Event) => (event.target as HTMLInputElement).value.trim() || undefined;
        return html`<li class="card">
          ${heading(level + 2, label)}
          ${
            isPlaces
              ? nothing
              : html`<label class="field">
                  <span>${view.t('participantName')}</span>
                  <input
                    maxlength=${STATE_LIMITS.name}
                    autocomplete="off"
                    .value=${item.name ?? ''}
                    @change=${(event: Event) => view.actions.patch(list, index, { name: text(event) })}
                  />
                </label>`
          }
          ${renderMarkPickers(view.t, ladder, label, item, (kind, rung) => view.actions.mark(list, index, label, kind, rung))}
          ${
            isPlaces
              ? html`<label class="field">
                  <span>${view.t('note', { place: label })}</span>
                  <textarea
                    rows="3"
                    maxlength=${STATE_LIMITS.note}
                    .value=${(item as Place).note ?? ''}
                    @change=${(event: Event) => view.actions.patch(list, index, { note: text(event) })}
                  ></textarea>
                </label>`
              : nothing
          }
          <button type="button" class="button button--quiet" @click=${() => view.actions.remove(list, index)}>
            ${view.t('remove', { name: label })}
          </button>
        </li>`;
      })}
    </ul>
    ${
      items.length >= STATE_LIMITS[list]
        ? nothing
        : isPlaces
          ? html`<form class="add" data-screen-only @submit=${view.actions.addPlace}>
              <label class="field">
                <span>${view.t('placeName')}</span>
                <input name="place" required maxlength=${STATE_LIMITS.name} autocomplete="off" />
              </label>
              <button class="button add-button">${view.t('addPlace')}</button>
            </form>`
          : html`<button type="button" class="button add-button" @click=${view.actions.addParticipant}>
              ${view.t('addParticipant')}
            </button>`
    }
  </div>`;
}

export function renderToolbar(view: LadderView): TemplateResult {
  const message = view.message;
  return html`<div part="toolbar" class="toolbar" data-screen-only role="group" aria-label=${view.t('tools')}>
    <button type="button" class="button" @click=${view.actions.copyLink}>${view.t('copyLink')}</button>
    <button type="button" class="button" @click=${view.actions.download}>${view.t('download')}</button>
    <label class="button file">
      ${view.t('upload')}
      <input type="file" accept="application/json,.json" class="visually-hidden" @change=${view.actions.upload} />
    </label>
    <button type="button" class="button" @click=${() => window.print()}>${view.t('print')}</button>
    <button type="button" class="button button--quiet" @click=${view.actions.clear}>${view.t('clear')}</button>
    ${
      view.link
        ? html`<label class="field link-field">
            <span>${view.t('linkReady')}</span>
            <input
              readonly
              .value=${view.link}
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
            ${view.t(message.key)}
          </p>`
        : nothing
    }
  </div>`;
}

/** The whole tool: title, purpose, the rungs beside the shown rung's explanation, the panels and the toolbar. */
export function renderTool(view: LadderView, ladder: Ladder, level: number): TemplateResult {
  const { selected } = view.state;
  return html`<div part="tool" class="tool" lang=${ladder.lang}>
    ${heading(level, ladder.title, 'title')}
    ${ladder.figureCaption ? html`<p class="muted">${ladder.figureCaption}</p>` : nothing}
    <div class="purpose">${renderRichText(ladder.purpose, plainLemmas)}</div>
    <div class="layout">
      <div class="ladder-column">${renderLadder(view, ladder)}</div>
      <div part="detail" class="detail" data-screen-only>
        ${selected ? nothing : html`<p class="muted">${view.t('chooseRung')}</p>`}
        ${renderRung(view.t, ladder.rungs[shownRung(ladder, selected)], level + 1)}
      </div>
    </div>
    ${view.mode === 'conversation' ? renderList(view, ladder, level, 'places') : nothing}
    ${view.mode === 'group' ? renderList(view, ladder, level, 'participants') : nothing}
    ${renderBackground(view.t, ladder, level, view.backgroundOpen, view.actions.toggleBackground)}
    ${renderPrintSheet(view.t, ladder, view.state, level)} ${renderToolbar(view)}
    <p part="attribution" class="muted attribution">
      ${renderAttribution(ladder.source, view.lang, (key) => view.t(key))}
    </p>
    <div class="visually-hidden" role="status" aria-live="polite">${view.announcement}</div>
  </div>`;
}
