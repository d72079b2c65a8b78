/**
 * The edits file (`briefing.edits.json`): an editor's corrections to a briefing, kept beside the
 * articles and applied by every build. The single source of truth for its types, its published
 * JSON Schema (`dist/briefing.edits.schema.json`) and its validation. Items are named by their
 * ids, which stay the same when articles are added, dropped or reordered.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ActorType, QuestionKind } from './schema.js';

export const EDITS_VERSION = 1;

const Id = Type.String({ minLength: 1, maxLength: 200 });
const Text = Type.String({ minLength: 1, maxLength: 4000 });

/** Where an added item's evidence is: its exact words, found again in the articles at each build. */
export const EvidenceSelector = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 4000, description: 'The exact words of the article.' }),
    article: Type.Optional(Type.String({ description: "The article's file name, to look there first." })),
    start: Type.Optional(Type.Integer({ minimum: 0, description: 'Where the words were, to choose among several occurrences.' })),
  },
  { $id: 'EvidenceSelector', additionalProperties: false },
);

const op = <T extends string>(name: T) => Type.Literal(name);
const props = { additionalProperties: false } as const;

export const HideEdit = Type.Object({ op: op('hide'), id: Id }, { ...props, description: 'Hide an actor (with its positions), a position, a question or a key point.' });

export const EditTextEdit = Type.Object(
  {
    op: op('edit'),
    id: Type.String({ minLength: 1, maxLength: 200, description: '"title", "summary", or the id of a key point, question, position or actor.' }),
    field: Type.Optional(Type.Union([Type.Literal('text'), Type.Literal('role'), Type.Literal('answer')], { description: "Default: an actor's role, any other item's text." })),
    text: Type.String({ maxLength: 4000, description: 'The new text (an empty role is allowed).' }),
  },
  { ...props, description: 'Replace the text of the title, the summary, a key point, a question, a position, or an actor’s role.' },
);

export const MoveEdit = Type.Object({ op: op('move'), id: Id, to: Id }, { ...props, description: 'Attribute a position to another actor.' });

export const MergeEdit = Type.Object(
  { op: op('merge'), id: Id, into: Id },
  { ...props, description: 'Merge actor `id` into actor `into`: its name becomes an alias, its positions and questions move.' },
);

export const SetTypeEdit = Type.Object({ op: op('set-type'), id: Id, type: ActorType }, { ...props, description: "Set an actor's type." });

export const PinEdit = Type.Object({ op: op('pin'), id: Id }, { ...props, description: 'Show an item first in its section (pins in the order written).' });

export const AddQuestionEdit = Type.Object(
  { op: op('add-question'), text: Text, kind: Type.Optional(QuestionKind), evidence: EvidenceSelector },
  { ...props, description: 'Add an open question whose evidence is a span of an article.' },
);

export const AddPositionEdit = Type.Object(
  { op: op('add-position'), actor: Id, text: Text, quote: Type.Optional(Text), evidence: EvidenceSelector },
  { ...props, description: 'Add a position of an actor whose evidence is a span of an article.' },
);

export const ReviewedEdit = Type.Object(
  {
    op: op('reviewed'),
    by: Type.String({ minLength: 1, maxLength: 200 }),
    at: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'ISO date (and time) of the review.' }),
    articles: Type.Optional(Type.Array(Type.String(), { description: 'The articles reviewed; an article added since makes the briefing automatic again.' })),
  },
  { ...props, description: 'Sign the briefing off.' },
);

export const Edit = Type.Union([HideEdit, EditTextEdit, MoveEdit, MergeEdit, SetTypeEdit, PinEdit, AddQuestionEdit, AddPositionEdit, ReviewedEdit], { $id: 'Edit' });

export const EditsFile = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    version: Type.Literal(EDITS_VERSION),
    edits: Type.Array(Edit, { description: 'Applied in order; an edit whose item is gone is reported and kept, not applied.' }),
  },
  {
    $id: 'https://story-briefing.dev/briefing.edits.schema.json',
    title: 'Story briefing edits',
    description: "An editor's corrections to a briefing, applied by every build.",
    additionalProperties: false,
  },
);

export type EvidenceSelector = Static<typeof EvidenceSelector>;
export type Edit = Static<typeof Edit>;
export type EditsFile = Static<typeof EditsFile>;
