import type { ActorType, Briefing, Evidence, QuestionKind, TimelineEntry } from '../format/schema.js';

/** One input article. */
export interface InputDocument {
  text: string;
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
}

export interface BuildOptions {
  id: string;
  title?: string;
  /** Target summary length in words. */
  summaryWords: number;
  /** The day of the articles without a `publishedAt` of their own (`--date`). */
  date?: string;
  /** The briefing of the previous build, to mark what is new (`--previous`). */
  previous?: Briefing;
}

export interface Doc extends InputDocument {
  index: number;
  sourceId: string;
}

/** A sentence with exact offsets into its document. */
export interface Sentence {
  index: number;
  doc: number;
  start: number;
  end: number;
  text: string;
  /** Order within its document, 0-based. */
  position: number;
  paragraph: number;
  /** Lower-case content-word stems, for comparing sentences. */
  terms: string[];
  /** Set by the cleaning stages: never shown to a reader. */
  noise?: string;
  /** For a sentence repeated from an earlier article: the index of the one kept. */
  copyOf?: number;
}

/** A span of a sentence that names an actor. */
export interface Mention {
  sentence: number;
  /** Document offsets. */
  start: number;
  end: number;
  /** The name without titles. */
  name: string;
  /** The name as written, when `name` is its canonical form ("Moscow" for Russia). */
  surface?: string;
  /** Unset when the name alone does not tell (a lone surname, say); the actors stage decides. */
  type?: ActorType;
  /** Title or role written next to the name, if any. */
  role?: string;
  /** A second role the same mention gives ("Harbor Governor" beside what the copula says): a candidate as `role` is. */
  alsoRole?: string;
  /** An age written beside the name ("Ray Lund, 68,", "66-year-old Carl Brandt"). */
  age?: number;
  /** An organisation's head word standing for its full name ("the House"): an alias, never an actor of its own. */
  short?: boolean;
  actor?: number;
}

export interface ActorDraft {
  index: number;
  name: string;
  aliases: Set<string>;
  type: ActorType;
  /** Every role written beside a mention, with its count. */
  roles: Map<string, number>;
  /** The role shown to readers, chosen from `roles`. */
  role: string;
  mentions: Mention[];
  salience: number;
  /** An organisation one of whose mentions does something ("the FBI is investigating"). */
  acts?: boolean;
}

/** A statement attributed to an actor. */
export interface Attribution {
  sentence: number;
  actor: number;
  kind: 'direct' | 'reported';
  /** Document offsets of the quoted or reported words. */
  start: number;
  end: number;
  /**
   * A quote whose speaker is named past a title after the verb ("…,” said lead researcher Dr.
   * Ann Lowell on Tuesday."), or a quote that goes on from one: the summary does not let it stand
   * alone for having a speaker.
   */
  quiet?: true;
  /** A transcript's turn ("LOWELL: …"): its speaker is no "he" or "she" of the turns after, which name whom they speak of. */
  turn?: true;
}

export interface QuestionDraft {
  text: string;
  kind: QuestionKind;
  actors: number[];
  sentences: number[];
  answer?: { text: string; sentence: number };
}

/** A line of a document: the unit scrapers leave boilerplate in. */
export interface Paragraph {
  doc: number;
  start: number;
  end: number;
  noise?: string;
  /** Furniture for the page it stands in (an archive's notice, a column of other stories), not for its own words: never judged sentence by sentence. */
  page?: boolean;
}

/** Everything the stages read and write; each stage fills in its own part. */
export interface Context {
  options: BuildOptions;
  docs: Doc[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  /** People named in full with a role, or opening on a first name, in sentences never shown (captions, set-aside sentences): they lend an actor of the story its full name and role, nothing else. */
  asides?: Mention[];
  actors: ActorDraft[];
  attributions: Attribution[];
  /**
   * The sentences, by index, in which someone the story does not name spoke ("Another witness
   * said …"): the attribution walk marks them as it passes, for a pronoun in the sentence after.
   * Kept here rather than in the stage's module so that each run of the stage starts afresh.
   */
  spokenByUnnamed?: Set<number>;
  /**
   * The sentences, by index, in which someone spoke, each with the last one who did: a document
   * spoken through there ("Lowell said in a statement …") speaks for them wherever the article
   * quotes it again ("…, the statement added."). The attribution walk fills it as it passes.
   */
  saidIn?: Map<number, number>;
  /** `sentences`: the sentences the claim stands in; `evidence` cites them, and each copy of them in a republished article. */
  /** `voice`: for a body's card, the spokesperson whose card states the same claim. */
  positions: { actor: number; text: string; quote?: string; kind: 'direct' | 'reported'; evidence: Evidence[]; sentences: number[]; voice?: number }[];
  questions: QuestionDraft[];
  summary: number[];
  /** A summary sentence shown from a later start (09-summary's trims): where in its text it is shown from. */
  summaryFrom?: Map<number, number>;
  keyPoints: number[];
  /** Dated events, in order (the timeline stage). */
  timeline?: TimelineEntry[];
  briefing?: Briefing;
}

export type Stage = (ctx: Context) => void;
