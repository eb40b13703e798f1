/**
 * `import { LemmaCard, defineLemmaCard } from 'nabij'`: every class, define function, type and the content
 * validators, without registering anything. Registering is the job of the per-element entries
 * (`nabij/lemma-card.js`) or of the `define*` functions.
 */
export { LemmaCard, define as defineLemmaCard, type LemmaCardVariant } from './elements/lemma-card/lemma-card.js';
export {
  LadderVanVerbintenis,
  define as defineLadderVanVerbintenis,
  type LadderMode,
} from './elements/ladder-van-verbintenis/ladder-van-verbintenis.js';
export type { LadderState, Place, Participant } from './elements/ladder-van-verbintenis/ladder-state.js';
export {
  CasusViewer,
  define as defineCasusViewer,
  type CasusViewerMode,
  type NabijAnswerDetail,
} from './elements/casus-viewer/casus-viewer.js';
export type { Answer, Answers } from './elements/casus-viewer/answers.js';
export { CasusIndex, define as defineCasusIndex } from './elements/casus-index/casus-index.js';
export { LemmaIndex, define as defineLemmaIndex } from './elements/lemma-index/lemma-index.js';
export { LemmaTerm, define as defineLemmaTerm } from './elements/lemma-term/lemma-term.js';
export { defineElement } from './core/define.js';
export { VERSION } from './core/version.js';
export type {
  NabijChangeDetail,
  NabijErrorDetail,
  NabijLoadDetail,
  NabijNavigateDetail,
  ContentOrigin,
} from './core/events.js';
export type { NabijStatement, StatementActivity, StatementVerb } from './core/statements.js';
export type { HostStateHeader } from './core/host-state.js';
export type { CasusHostState } from './elements/casus-viewer/casus-state.js';
export type { LadderHostState } from './elements/ladder-van-verbintenis/ladder-state.js';
export type { LemmaHostState } from './elements/lemma-card/lemma-state.js';
import type { CasusHostState } from './elements/casus-viewer/casus-state.js';
import type { LadderHostState } from './elements/ladder-van-verbintenis/ladder-state.js';
import type { LemmaHostState } from './elements/lemma-card/lemma-state.js';
/** The state of any Nabij element, as `nabij-change` reports it and the `state` property takes it back. */
export type NabijHostState = CasusHostState | LadderHostState | LemmaHostState;
export { StateError, type StateErrorReason } from './core/state-error.js';
export { casusStateFromJson, casusStateToJson } from './elements/casus-viewer/casus-state.js';
export { ladderStateToJson } from './elements/ladder-van-verbintenis/ladder-state.js';
export { ladderStateFromJson } from './elements/ladder-van-verbintenis/ladder-state-io.js';
export { lemmaStateFromJson, lemmaStateToJson } from './elements/lemma-card/lemma-state.js';
export type { ContentError, ContentIssue, ContentErrorCode } from './content/errors.js';
export {
  LemmaSchema,
  LexiconSchema,
  LadderSchema,
  CaseSchema,
  CasebookSchema,
  type Case,
  type Casebook,
  LexiconSearchSchema,
  GlossarySchema,
  type Glossary,
  type LexiconSearch,
  type Ladder,
  type Lemma,
  type Lexicon,
  type RichText,
  type Reference,
  type Source,
} from './content/schema.js';
export { validateContent } from './content/validate.js';
/** Every content type's descriptor (schema, published JSON Schema name, built-in output), in build order. */
export { contentTypes, type ContentType } from './content/types/index.js';
export {
  builtinCaseIds,
  builtinLemmaIds,
  loadBuiltinCase,
  loadBuiltinCasebook,
  loadBuiltinLadder,
  loadBuiltinLemma,
  loadBuiltinLexicon,
  loadBuiltinLexiconSearch,
} from './content/builtin.js';
export { upgradeMarkup, NABIJ_MARKUP } from './hosts/upgrade-markup.js';
export { readEmbedRequest, embedQuery, embeddableTags, type EmbedRequest } from './hosts/embed-request.js';
