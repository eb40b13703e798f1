import { html, nothing, type TemplateResult } from 'lit';
import type { Ladder, Rung } from '../../content/schema.js';
import { disclosure } from '../../core/disclosure.js';
import { inlineSizeFraction } from '../../core/inline-size.js';
import { renderRichText } from '../../core/rich-text.js';
import { heading, renderReference } from '../../core/templates.js';
import type { LadderMessageKey } from '../../i18n/nl/ladder.js';
import { tally, type LadderState, type RungMarks } from './ladder-state.js';

/** The views of `<ladder-van-verbintenis>` that read state but change none: they get what they show as arguments. */

export type LadderMode = 'explore' | 'conversation' | 'group';

/** The ladder's UI strings in the element's language. */
export type LadderText = (key: LadderMessageKey, params?: Record<string, string | number>) => string;

/** Text-and-shape cue per valuation, so desirability never rests on colour alone. */
export const VALUATION_ICON: Record<Rung['valuation'], string> = {
  afgewezen: '✕',
  neutraal: '○',
  waardevol: '⊕',
  'waardevol-maar-kwetsbaar': '◐',
  'realistisch-ideaal': '★',
  problematisch: '⚠',
};

/** Marker shapes: "now" and "wanted" differ in shape and word, not only in colour. */
export const MARK_SHAPE = { now: '●', want: '◆' } as const;

/** The name of the rung with this id, if the ladder has one. */
export const rungName = (ladder: Ladder, id?: string): string | undefined =>
  ladder.rungs.find((rung) => rung.id === id)?.name;

/** Lemma links in the ladder's texts stay plain text: the ladder links no lemma cards. */
export const plainLemmas = { lemmaRef: (_id: string, text: string) => html`${text}` };

export function renderRungMarks(
  t: LadderText,
  mode: LadderMode,
  state: LadderState,
  rung: Rung,
): TemplateResult | typeof nothing {
  if (mode === 'conversation') {
    const marks = state.places.flatMap((place) =>
      (['now', 'want'] as const).filter((kind) => place[kind] === rung.id).map((kind) => ({ place, kind })),
    );
    if (!marks.length) return nothing;
    return html`<span part="rung-marks" class="marks">
      ${marks.map(
        ({ place, kind }) =>
          html`<span class="mark mark--${kind}"
            ><span aria-hidden="true">${MARK_SHAPE[kind]}</span> ${place.name} (${t(kind)})</span
          >`,
      )}
    </span>`;
  }
  if (mode === 'group' && state.participants.length) {
    const counts = tally(state.participants, rung.id);
    const total = state.participants.length;
    return html`<span part="rung-marks" class="marks tally">
      <span class="tally__bars" aria-hidden="true">
        <span class="bar bar--now" ${inlineSizeFraction(counts.now / total)}></span>
        <span class="bar bar--want" ${inlineSizeFraction(counts.want / total)}></span>
      </span>
      <span class="tally__text"
        ><span aria-hidden="true">${MARK_SHAPE.now}</span> ${counts.now} ${t('now')} ·
        <span aria-hidden="true">${MARK_SHAPE.want}</span> ${counts.want} ${t('want')}</span
      >
    </span>`;
  }
  return nothing;
}

export function renderRung(t: LadderText, rung: Rung, level: number): TemplateResult {
  return html`${heading(level, rung.name)}
    <p class="valuation valuation--${rung.valuation}">
      <strong>${t(rung.valuationBy === 'editorial' ? 'valuationEditorial' : 'valuation')}:</strong>
      <span aria-hidden="true">${VALUATION_ICON[rung.valuation]}</span> ${t(`valuation.${rung.valuation}`)}.
      ${rung.valuationNote ?? ''}
    </p>
    ${renderRichText(rung.explanation, plainLemmas)}
    ${
      rung.concept
        ? html`<p>
            <strong>${t('concept')}:</strong> ${rung.concept.name}${
              rung.concept.author ? ` (${[rung.concept.author, rung.concept.year].filter(Boolean).join(', ')})` : ''
            }.
            ${rung.concept.explanation}
          </p>`
        : nothing
    }
    ${
      rung.examples?.length
        ? html`<p><strong>${t('examples')}:</strong></p>
            <ul>
              ${rung.examples.map((example) => html`<li>${example}</li>`)}
            </ul>`
        : nothing
    }
    ${rung.risks ? html`<p><strong>${t('risks')}:</strong> ${rung.risks}</p>` : nothing}`;
}

/** A pair of rung pickers (now / wanted); native selects, so every keyboard and screen reader knows them. */
export function renderMarkPickers(
  t: LadderText,
  ladder: Ladder,
  owner: string,
  marks: RungMarks,
  onPick: (kind: 'now' | 'want', rung?: string) => void,
) {
  return (['now', 'want'] as const).map(
    (kind) =>
      html`<label class="field">
        <span
          ><span aria-hidden="true">${MARK_SHAPE[kind]}</span> ${t(kind === 'now' ? 'nowQuestion' : 'wantQuestion', {
            place: owner,
          })}</span
        >
        <select @change=${(event: Event) => onPick(kind, (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!marks[kind]}>${t('noRung')}</option>
          ${ladder.rungs.map(
            (rung, index) =>
              html`<option value=${rung.id} ?selected=${marks[kind] === rung.id}>${index + 1}. ${rung.name}</option>`,
          )}
        </select>
      </label>`,
  );
}

/** Findings, levers and roles: a disclosure on screen, always open in print. */
export function renderBackground(
  t: LadderText,
  ladder: Ladder,
  level: number,
  open: boolean,
  onToggle: () => void,
): TemplateResult | typeof nothing {
  const groups = (
    [
      ['findings', ladder.findings],
      ['levers', ladder.levers],
      ['roles', ladder.roles],
    ] as const
  ).filter(([, items]) => items?.length);
  if (!groups.length && !ladder.references?.length) return nothing;
  return html`<div part="background" class="background">
    ${disclosure({
      id: 'background',
      open,
      label: t('background'),
      buttonClass: 'button button--quiet',
      onToggle,
      content: html`${groups.map(
        ([key, items]) =>
          html`${heading(level + 1, t(key))}
            <dl>
              ${items!.map(
                (item) =>
                  html`<div>
                    <dt>${item.title}</dt>
                    <dd>${item.text}</dd>
                  </div>`,
              )}
            </dl>`,
      )}
      ${
        ladder.references?.length
          ? html`${heading(level + 1, t('references'))}
              <ul>
                ${ladder.references.map((reference) => html`<li>${renderReference(reference)}</li>`)}
              </ul>`
          : nothing
      }`,
    })}
  </div>`;
}

/** Only in print: every rung explained and the marks per place, as a sheet to discuss on paper. */
export function renderPrintSheet(t: LadderText, ladder: Ladder, state: LadderState, level: number): TemplateResult {
  const places = state.places;
  return html`<div class="print-sheet" aria-hidden="true">
    ${
      places.length
        ? html`${heading(level + 1, t('sheetPlaces'))}
            <table>
              <thead>
                <tr>
                  <th></th>
                  <th>${MARK_SHAPE.now} ${t('now')}</th>
                  <th>${MARK_SHAPE.want} ${t('want')}</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                ${places.map(
                  (place) =>
                    html`<tr>
                      <th>${place.name}</th>
                      <td>${rungName(ladder, place.now) ?? '—'}</td>
                      <td>${rungName(ladder, place.want) ?? '—'}</td>
                      <td class="note">${place.note ?? ''}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
        : nothing
    }
    ${heading(level + 1, t('sheetRungs'))}
    ${[...ladder.rungs].reverse().map((rung) => html`<div class="sheet-rung">${renderRung(t, rung, level + 2)}</div>`)}
  </div>`;
}
