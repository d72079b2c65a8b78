/**
 * The briefing format: the single source of truth. TypeScript types (`Static`), the published
 * JSON Schema (`dist/briefing.schema.json`) and runtime validation all derive from these values.
 */
import { Type, type Static } from '@sinclair/typebox';

export const FORMAT_VERSION = 1;

const Id = Type.String({ minLength: 1, maxLength: 200 });

export const Evidence = Type.Object(
  {
    source: Id,
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String({ minLength: 1, description: 'Exactly document.slice(start, end).' }),
  },
  { $id: 'Evidence', description: 'The exact span of a source document an item came from.' },
);

/**
 * What changed between builds (`briefing build --previous`): when an item first appeared and
 * whether it is new in this build. Spread into each kind of item.
 */
const Changes = {
  since: Type.Optional(Type.String({ description: 'The `updatedAt` of the first build that held the item; kept across later builds.' })),
  new: Type.Optional(Type.Boolean({ description: 'Not in the previous build (built with `--previous`).' })),
};

const Grounded = {
  text: Type.String({ minLength: 1 }),
  evidence: Type.Array(Evidence),
};

export const KeyPoint = Type.Object(
  {
    id: Type.Optional(Id),
    ...Grounded,
  },
  { $id: 'KeyPoint' },
);

export const Source = Type.Object(
  {
    id: Id,
    title: Type.String(),
    url: Type.Optional(Type.String({ format: 'uri' })),
    publisher: Type.Optional(Type.String()),
    author: Type.Optional(Type.String({ description: 'The byline, as the article gives it.' })),
    publishedAt: Type.Optional(Type.String()),
  },
  { $id: 'Source' },
);

export const ActorType = Type.Union(
  [Type.Literal('person'), Type.Literal('organization'), Type.Literal('country'), Type.Literal('group')],
  { $id: 'ActorType' },
);

export const Actor = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    aliases: Type.Array(Type.String()),
    type: ActorType,
    role: Type.String(),
    salience: Type.Number({ minimum: 0, maximum: 1 }),
    mentions: Type.Integer({ minimum: 0 }),
    sources: Type.Array(Id, { description: 'Ids of the sources that mention the actor.' }),
    ...Changes,
  },
  { $id: 'Actor' },
);

export const Position = Type.Object(
  {
    id: Id,
    actor: Id,
    text: Type.String({ minLength: 1, description: 'The claim in one line.' }),
    quote: Type.Optional(Type.String({ description: 'Verbatim words of the actor.' })),
    kind: Type.Union([Type.Literal('direct'), Type.Literal('reported')]),
    evidence: Type.Array(Evidence, { minItems: 1 }),
    ...Changes,
  },
  { $id: 'Position' },
);

export const QuestionKind = Type.Union(
  [Type.Literal('disputed'), Type.Literal('unresolved'), Type.Literal('upcoming')],
  { $id: 'QuestionKind' },
);

export const Question = Type.Object(
  {
    id: Id,
    text: Type.String({ minLength: 1 }),
    kind: QuestionKind,
    actors: Type.Array(Id),
    evidence: Type.Array(Evidence, { minItems: 1 }),
    ...Changes,
  },
  { $id: 'Question' },
);

export const ResolvedQuestion = Type.Object(
  {
    id: Id,
    text: Type.String({ minLength: 1 }),
    answer: Type.String({ minLength: 1 }),
    actors: Type.Array(Id),
    evidence: Type.Array(Evidence, { minItems: 1, description: 'The span that answers the question.' }),
    ...Changes,
  },
  { $id: 'ResolvedQuestion' },
);

export const Review = Type.Object(
  {
    status: Type.Union([Type.Literal('automatic'), Type.Literal('reviewed')], { description: 'Whether editors signed the briefing off.' }),
    reviewedBy: Type.Optional(Type.String()),
    reviewedAt: Type.Optional(Type.String({ description: 'ISO date (and time) of the sign-off.' })),
    edits: Type.Integer({ minimum: 0, description: "How many editors' corrections the briefing carries." }),
  },
  { $id: 'Review', description: 'What the briefing is: as the builder wrote it, or reviewed by editors.' },
);

export const TimelineEntry = Type.Object(
  {
    id: Id,
    text: Type.String({ minLength: 1, description: 'The sentence that reports the event.' }),
    when: Type.String({ minLength: 1, description: 'The date as the article wrote it ("last week", "on Tuesday", "April 11, 2017").' }),
    date: Type.Optional(
      Type.String({
        pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?$',
        description: 'The date resolved, at the precision the article gives: "2015", "2017-04", an ISO week "2017-W14" or "2017-04-11". Absent when the article gives no way to know it.',
      }),
    ),
    evidence: Type.Array(Evidence, { minItems: 1 }),
    ...Changes,
  },
  { $id: 'TimelineEntry', description: 'One dated event of the story.' },
);

export const Briefing = Type.Object(
  {
    version: Type.Literal(FORMAT_VERSION),
    id: Id,
    title: Type.String(),
    titleEvidence: Type.Optional(Type.Array(Evidence, { description: 'The span the title was taken from, when the articles gave it.' })),
    generator: Type.Object({ name: Type.String(), version: Type.String() }),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 35, description: 'BCP 47 language of the briefing\'s text (default "en").' })),
    summary: Type.Object(Grounded),
    keyPoints: Type.Array(KeyPoint),
    sources: Type.Array(Source),
    actors: Type.Array(Actor),
    positions: Type.Array(Position),
    questions: Type.Array(Question),
    resolved: Type.Array(ResolvedQuestion),
    review: Type.Optional(Review),
    timeline: Type.Optional(Type.Array(TimelineEntry, { description: 'Dated events in order: by date, those without one where the articles tell them.' })),
    updatedAt: Type.Optional(Type.String({ description: 'When the newest article was published (or `--date`): the time of this update.' })),
  },
  {
    $id: 'https://story-briefing.dev/briefing.schema.json',
    title: 'Story briefing',
    description: 'A precompiled briefing on one developing news story.',
  },
);

export type Evidence = Static<typeof Evidence>;
export type KeyPoint = Static<typeof KeyPoint>;
export type Source = Static<typeof Source>;
export type ActorType = Static<typeof ActorType>;
export type Actor = Static<typeof Actor>;
export type Position = Static<typeof Position>;
export type QuestionKind = Static<typeof QuestionKind>;
export type Question = Static<typeof Question>;
export type ResolvedQuestion = Static<typeof ResolvedQuestion>;
export type Review = Static<typeof Review>;
export type TimelineEntry = Static<typeof TimelineEntry>;
export type Briefing = Static<typeof Briefing>;
