/**
 * The content schema: one valibot definition per content type gives us
 *  - the TypeScript types (`InferOutput`),
 *  - the runtime validator every loader runs (`validateContent`),
 *  - the published JSON Schema (`scripts/build/build-schema.ts` converts these with @valibot/to-json-schema).
 *
 * Why valibot: its functions tree-shake, so an element pays only for the checks its content type uses
 * (about 2 kB gzip for the lemma schema, measured by size-limit with the element), where zod 4 costs
 * 10+ kB and TypeBox needs a separate compiler for good error paths. It is actively maintained and has an
 * official JSON Schema converter, which keeps the published schema and the runtime check identical.
 *
 * Messages are UI-string keys (`expected.slug`), so an element shows validation errors in its own language.
 */
import * as v from 'valibot';

export const CONTENT_FORMAT_VERSION = 1;

/** Text with at least one visible character (a regex rather than trim, so it converts to JSON Schema). */
const nonEmpty = v.pipe(v.string(), v.regex(/\S/, 'expected.non-empty'));

/** Stable, readable id: lowercase kebab-case (content-style: ids never change once published). */
export const SlugSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected.slug'));

/** BCP 47 language tag, loosely: `nl`, `en`, `nl-BE`. */
const LangSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected.lang'));

/** Content version of one item (semantic versioning), so publishers can see when a text changed. */
const ContentVersionSchema = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'expected.version'));

/**
 * Links may go to http(s), mailto, or a relative address. Everything else (javascript:, data:, vbscript:)
 * is refused here, at the schema, so no renderer has to remember it.
 */
export const SafeUrlSchema = v.pipe(v.string(), v.regex(/^(?:https?:|mailto:|[./#?]|[^:]*$)/, 'expected.safe-url'));

const TextRunSchema = v.object({
  type: v.literal('text'),
  text: v.string(),
  marks: v.optional(v.array(v.picklist(['em', 'strong']))),
});
const LinkSchema = v.object({ type: v.literal('link'), href: SafeUrlSchema, text: nonEmpty });
const LemmaRefSchema = v.object({ type: v.literal('lemma-ref'), lemma: SlugSchema, text: nonEmpty });
// union rather than variant: valibot's variant costs 0.35 kB gzip more, and union reports the same paths here
// because only the option whose `type` matches gets past the type check.
// A plain string is an unmarked text run: the common case, and the most compact one.
export const InlineSchema = v.union([v.string(), TextRunSchema, LinkSchema, LemmaRefSchema]);

/**
 * One paragraph's text: a plain string, or inline runs where it needs emphasis, a link or a lemma reference
 * (a case question that names a concept links it to its lemma).
 */
export const InlineTextSchema = v.union([nonEmpty, v.pipe(v.array(InlineSchema), v.minLength(1, 'expected.at-least-one'))]);

const ParagraphSchema = v.object({ type: v.literal('paragraph'), children: v.array(InlineSchema) });
const ListSchema = v.object({
  type: v.literal('list'),
  ordered: v.optional(v.boolean()),
  items: v.array(v.array(InlineSchema)),
});
export const BlockSchema = v.union([ParagraphSchema, ListSchema]);

/**
 * Structured rich text. A plain string is accepted too (paragraphs separated by blank lines), so a
 * publisher writing JSON by hand does not have to build the block structure.
 */
export const RichTextSchema = v.union([v.string(), v.array(BlockSchema)]);

/** Where a content item comes from: the publication, its makers, its year and the place inside it. */
export const SourceSchema = v.object({
  publication: nonEmpty,
  editors: v.optional(v.array(nonEmpty)),
  authors: v.optional(v.array(nonEmpty)),
  publisher: v.optional(nonEmpty),
  /** As the source gives it: `2019`, or `c. 2022` / `jaar onbekend` when it gives none. */
  year: nonEmpty,
  /** The chapter, lemma, case or section the item stands in. */
  locator: nonEmpty,
  url: v.optional(SafeUrlSchema),
  /** Licence of our own text about the source (not of the source). */
  licence: v.optional(nonEmpty),
});

/** A literature reference, as complete as the source makes it and no more. */
export const ReferenceSchema = v.object({
  authors: v.optional(v.pipe(v.array(nonEmpty), v.minLength(1, 'expected.at-least-one'))),
  /** For an edited volume, when the source names editors rather than authors. */
  editors: v.optional(v.pipe(v.array(nonEmpty), v.minLength(1, 'expected.at-least-one'))),
  year: v.optional(nonEmpty),
  title: v.optional(nonEmpty),
  publisher: v.optional(nonEmpty),
  journal: v.optional(nonEmpty),
  url: v.optional(SafeUrlSchema),
  /** What the source says about the work, in our words (e.g. "the casebook that inspired this one"). */
  note: v.optional(nonEmpty),
});

const ClusterSchema = v.object({
  id: SlugSchema,
  name: nonEmpty,
  /** `source`: the publication puts the lemma there; `editorial`: the Nabij editors did. */
  assignment: v.picklist(['source', 'editorial']),
});

const KeyConceptSchema = v.object({
  term: nonEmpty,
  explanation: nonEmpty,
  /**
   * The lemmas (ids) where the source explains this term more fully than here: the glossary links them first and
   * takes its explanation from them when they list the term too.
   */
  explainedIn: v.optional(v.array(SlugSchema)),
});
const SectionSchema = v.object({ heading: nonEmpty, text: RichTextSchema });
const RelatedSchema = v.object({ id: SlugSchema, title: nonEmpty });

const itemBase = {
  id: SlugSchema,
  lang: LangSchema,
  contentVersion: ContentVersionSchema,
  source: SourceSchema,
};

/** One lemma (keyword article) of a lexicon. */
export const LemmaSchema = v.object({
  type: v.literal('lemma'),
  ...itemBase,
  title: nonEmpty,
  /** The subtitle the source prints under the lemma's title, if any. */
  subtitle: v.optional(nonEmpty),
  authors: v.array(nonEmpty),
  cluster: v.optional(ClusterSchema),
  summary: RichTextSchema,
  sections: v.optional(v.array(SectionSchema)),
  keyConcepts: v.optional(v.array(KeyConceptSchema)),
  /** More searchable terms: people the lemma cites and concepts it names, each with one explaining sentence. */
  glossary: v.optional(v.array(KeyConceptSchema)),
  references: v.optional(v.array(ReferenceSchema)),
  related: v.optional(v.array(RelatedSchema)),
});

/**
 * What an index and its search need of a whole lexicon: a record per lemma (title, authors, cluster) and the
 * texts search looks in (concept terms, plain summary). The texts may be left out, and search then covers
 * titles and authors; the built-in lexicon keeps them in a module of their own that loads on the first
 * search. The glossary is a module of its own too (`GlossarySchema`).
 */
export const LexiconSearchSchema = v.object({
  type: v.literal('lexicon-search'),
  ...itemBase,
  title: nonEmpty,
  lemmas: v.array(
    v.object({
      id: SlugSchema,
      title: nonEmpty,
      authors: v.array(nonEmpty),
      /** `assignment` as in `ClusterSchema`; an index marks an editorial one as such. */
      cluster: v.optional(
        v.object({ id: SlugSchema, name: nonEmpty, assignment: v.optional(v.picklist(['source', 'editorial'])) }),
      ),
      concepts: v.optional(v.array(nonEmpty)),
      summary: v.optional(v.string()),
    }),
  ),
});

/** A lexicon's glossary: every key concept and named term, with the lemmas (id and title) that explain it. */
export const GlossarySchema = v.object({
  type: v.literal('glossary'),
  ...itemBase,
  terms: v.array(v.object({ term: nonEmpty, explanation: nonEmpty, lemmas: v.array(RelatedSchema) })),
});

/** The texts search looks in, per lemma id: what `LexiconSearchSchema` may carry inline, kept apart when built in. */
export const SearchTextsSchema = v.record(
  SlugSchema,
  v.object({ concepts: v.optional(v.array(nonEmpty)), summary: v.optional(v.string()) }),
);

/** The cases (id and title, in casebook order) whose text links one lemma. */
export const LemmaCasesSchema = v.array(RelatedSchema);

/** The front matter of a lexicon: what it is, who made it, and its frame. */
export const LexiconSchema = v.object({
  type: v.literal('lexicon'),
  ...itemBase,
  title: nonEmpty,
  editors: v.array(nonEmpty),
  supportingOrganisations: v.optional(v.array(nonEmpty)),
  year: nonEmpty,
  predecessor: v.optional(v.object({ title: nonEmpty, year: v.optional(nonEmpty), note: v.optional(nonEmpty) })),
  foreword: v.optional(v.object({ author: nonEmpty, title: nonEmpty, summary: RichTextSchema })),
  proximityKinds: v.optional(v.array(v.object({ id: SlugSchema, name: nonEmpty, explanation: nonEmpty }))),
  introduction: RichTextSchema,
  /** Ids of the lemmas this lexicon holds, in the order of the book. */
  lemmas: v.array(SlugSchema),
});

/** How a rung of a ladder is valued (by the source or, where marked, by the editors); shown with colour, an icon and a word (never colour alone). */
export const RUNG_VALUATIONS = [
  'afgewezen',
  'neutraal',
  'waardevol',
  'waardevol-maar-kwetsbaar',
  'realistisch-ideaal',
  'problematisch',
] as const;

const TitledTextSchema = v.object({ id: SlugSchema, title: nonEmpty, text: nonEmpty });

const RungSchema = v.object({
  id: SlugSchema,
  name: nonEmpty,
  valuation: v.picklist(RUNG_VALUATIONS),
  /**
   * Who values the rung so: `source` (the publication says so) or `editorial` (our reading of it, shown as
   * the Nabij editors' valuation). Missing means `source`.
   */
  valuationBy: v.optional(v.picklist(['source', 'editorial'])),
  valuationNote: v.optional(nonEmpty),
  /** One line for on the ladder itself. */
  summary: nonEmpty,
  explanation: RichTextSchema,
  /** The sociological idea attached to the rung (Goffman's civil inattention, Blokland's public familiarity…). */
  concept: v.optional(
    v.object({ name: nonEmpty, author: v.optional(nonEmpty), year: v.optional(nonEmpty), explanation: nonEmpty }),
  ),
  examples: v.optional(v.array(nonEmpty)),
  risks: v.optional(nonEmpty),
});

/** A ladder used as a conversation tool: rungs from bottom to top, with the findings and levers around it. */
export const LadderSchema = v.object({
  type: v.literal('ladder'),
  ...itemBase,
  title: nonEmpty,
  figureCaption: v.optional(nonEmpty),
  /** The lemma the ladder belongs to, if any. */
  lemma: v.optional(SlugSchema),
  authors: v.array(nonEmpty),
  purpose: RichTextSchema,
  /** Bottom rung first. */
  rungs: v.pipe(v.array(RungSchema), v.minLength(2, 'expected.at-least-two')),
  findings: v.optional(v.array(TitledTextSchema)),
  levers: v.optional(v.array(TitledTextSchema)),
  roles: v.optional(v.array(TitledTextSchema)),
  references: v.optional(v.array(ReferenceSchema)),
});

const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));

/** The shape of answer a question asks for; a plain text field when a question names none. */
/** Two labels, left and right (or low and high). */
const labelPair = v.tuple([nonEmpty, nonEmpty]);

export const AnswerShapeSchema = v.union([
  v.object({ kind: v.literal('text') }),
  /**
   * A short text with a sentence count: "in maximaal vijf zinnen" is `maxSentences: 5`, "in twee zinnen" is
   * `exactSentences: 2` (exactly that many). With both, the exact count applies.
   */
  v.object({
    kind: v.literal('short'),
    maxSentences: v.optional(positiveInteger),
    exactSentences: v.optional(positiveInteger),
  }),
  /**
   * "noem twee voordelen en twee nadelen": two columns with the requested number of fields. `labels` names the
   * columns when the question asks for something else ("kansen" and "bedreigingen"); `itemLabels` names one
   * field of each column ("Kans" gives "Kans 1", "Kans 2"; a column of one field shows the label alone).
   */
  v.object({
    kind: v.literal('pros-cons'),
    pros: positiveInteger,
    cons: positiveInteger,
    labels: v.optional(labelPair),
    itemLabels: v.optional(labelPair),
  }),
  /** "noem drie …": a numbered list of a given length. */
  v.object({ kind: v.literal('list'), count: positiveInteger }),
  /**
   * "in hoeverre …, en waarom?": a choice on a scale of `steps` points (1 to steps) with its two ends named
   * (`labels: [low, high]`), and a text field to explain the choice.
   */
  v.object({
    kind: v.literal('scale'),
    steps: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(10)),
    labels: labelPair,
  }),
]);

const QuestionSchema = v.object({
  id: SlugSchema,
  text: InlineTextSchema,
  answer: v.optional(AnswerShapeSchema),
  /** A reading, viewing or look-up task the question sets, with its resource when the source names one. */
  task: v.optional(
    v.object({
      kind: v.picklist(['lezen', 'kijken', 'opzoeken']),
      title: v.optional(nonEmpty),
      url: v.optional(SafeUrlSchema),
    }),
  ),
});

const CasePartSchema = v.object({ id: SlugSchema, number: v.optional(positiveInteger), name: nonEmpty });

/** One case of a casebook: metadata, lead, introduction, the case's own sections in order, and its questions. */
export const CaseSchema = v.object({
  type: v.literal('case'),
  ...itemBase,
  number: positiveInteger,
  title: nonEmpty,
  part: CasePartSchema,
  actors: v.array(nonEmpty),
  keywords: v.array(nonEmpty),
  description: nonEmpty,
  lead: nonEmpty,
  introduction: RichTextSchema,
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'expected.at-least-one')),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'expected.at-least-one')),
  literature: v.optional(v.array(ReferenceSchema)),
  links: v.optional(v.array(v.object({ title: nonEmpty, url: SafeUrlSchema }))),
});

/** A casebook's front matter plus a short entry per case, so an index needs one small module. */
export const CasebookSchema = v.object({
  type: v.literal('casebook'),
  ...itemBase,
  title: nonEmpty,
  subtitle: v.optional(nonEmpty),
  publisher: v.optional(nonEmpty),
  year: nonEmpty,
  audience: v.optional(nonEmpty),
  summary: RichTextSchema,
  parts: v.array(v.object({ id: SlugSchema, number: positiveInteger, name: nonEmpty, intro: v.optional(nonEmpty) })),
  sections: v.optional(v.array(SectionSchema)),
  references: v.optional(v.array(ReferenceSchema)),
  cases: v.array(
    v.object({
      id: SlugSchema,
      number: positiveInteger,
      title: nonEmpty,
      part: SlugSchema,
      description: nonEmpty,
      actors: v.array(nonEmpty),
      keywords: v.array(nonEmpty),
    }),
  ),
});

export type Inline = v.InferOutput<typeof InlineSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type RichText = v.InferOutput<typeof RichTextSchema>;
export type InlineText = v.InferOutput<typeof InlineTextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Lemma = v.InferOutput<typeof LemmaSchema>;
export type Lexicon = v.InferOutput<typeof LexiconSchema>;
export type LexiconSearch = v.InferOutput<typeof LexiconSearchSchema>;
export type Glossary = v.InferOutput<typeof GlossarySchema>;
export type Ladder = v.InferOutput<typeof LadderSchema>;
export type Rung = Ladder['rungs'][number];
export type RungValuation = (typeof RUNG_VALUATIONS)[number];
export type Case = v.InferOutput<typeof CaseSchema>;
export type CaseQuestion = Case['questions'][number];
export type AnswerShape = v.InferOutput<typeof AnswerShapeSchema>;
export type Casebook = v.InferOutput<typeof CasebookSchema>;
export type SearchTexts = v.InferOutput<typeof SearchTextsSchema>;
