// The one sentence splitter: every stage that needs sentences (of a paragraph, of a quote, of a
// written question) asks this module, so an abbreviation ("U.S.", "Sen.", "John F. Kennedy") or a
// quoted speech is read the same way everywhere. Split greedily at end punctuation, then keep
// together what the small rules below say belongs together.
import { HONORIFICS, SPEECH_VERBS, isPlace } from '../lexicon.js';
import lists from '../data/sentences.json';
import { phrases } from './phrases.js';

// Abbreviations after which a capitalised word does not start a new sentence ("Adm. James Corbin").
const ABBREVIATIONS = new Set([...HONORIFICS, ...lists.abbreviations]);
// "Jan. 5" goes on; "in Jan. The bank…" ends, like an initialism.
const MONTHS = new Set(lists.monthAbbreviations);
// Words that open sentences: after "U.S." these mark a new sentence ("…in the U.S. He said…").
const STARTERS = new Set(lists.starters);

// A dateline: a place in capitals, perhaps its region or the day after commas ("ERIE, Pa.",
// "MODENA, Italy, March 9") and the agency, then a dash (or a hyphen standing between spaces);
// or the agency in parentheses, of one or two words, perhaps after a place and before a dash:
// "(CNN) A Toledo woman …", "Osaka (CNN) Four …", "(CNN) -- Dale Ames …", "(Health Wire) -- …".
// A hyphen is looked for before the look back to a parenthesis, which would otherwise read back
// over a run of spaces at every offset in it.
const DASH = String.raw`(?:[—–]+|(?=-)(?<=\)\s*)-+|(?<=\s)--?(?=\s))`;
const AGENCY = String.raw`\(\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?\)`;
// The place's capitals end where a space does not follow: the spaces after it are the next part's,
// so that a run of spaces is split one way only.
const DATELINE = new RegExp(
  String.raw`^\s*(?:\p{Lu}[\p{Lu} .'’-]{2,}(?! )(?:,\s*[\p{L}.]+(?:\s[\p{L}\d.]+)?){0,2}\s*(?:\([^)]{1,30}\)\s*)?${DASH}|(?:\p{Lu}[\p{L}.'’-]*(?:,?\s\p{Lu}[\p{L}.'’-]*){0,3}\s)?${AGENCY}(?:\s*${DASH})?)\s*(?=["“]?\p{Lu})`,
  'u',
);

// A dateline with neither agency nor dash: the place in capitals and its region's abbreviation
// ("ERIE, Pa. Shelter workers …"), or a place the lexicon knows, in capitals, alone or several
// parted by a slash ("PARIS/BERLIN Ministers …"). Acronyms open sentences too ("NATO Secretary
// …"): a bare one is a place only when the lexicon says so and it has four letters or more ("UK
// Prime Minister …" keeps its "UK").
const REGION_DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]{2,},\s*\p{Lu}\p{Ll}{1,4}\.\s+(?=["“]?\p{Lu}\p{Ll})/u;
const BARE_DATELINE = /^\s*(\p{Lu}{4,}(?: \p{Lu}{2,}){0,2}(?:\/\p{Lu}{4,}(?: \p{Lu}{2,}){0,2})*)\s+(?=\p{Lu}\p{Ll})/u;
const titleCase = (w: string) => w.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

function bareDatelineLength(text: string): number {
  const region = REGION_DATELINE.exec(text);
  if (region) return region[0].length;
  const bare = BARE_DATELINE.exec(text);
  return bare && bare[1].split('/').every((p) => isPlace(titleCase(p))) ? bare[0].length : 0;
}

// A page's label before the paragraph's first words: one to three words before a pipe
// ("Updated | The council …") or in square brackets ("[Video] The council …"), a dash or a
// bullet ("— The council …", "* The council …"), or a label the page writes without a pipe
// ("Story highlights The …").
// The words after it open a sentence, with a capital (checked apart: under the `i` flag a
// capital matches any letter).
const LABEL = new RegExp(String.raw`^\s*(?:(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+\s+\||\[(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+\]|[—–*•]+|${phrases(lists.labels)})\s+`, 'iu');
const OPENS = /^["“]?[\p{Lu}\d]/u;

function labelLength(text: string): number {
  const m = LABEL.exec(text);
  return m && OPENS.test(text.slice(m[0].length)) ? m[0].length : 0;
}

// A page can close a paragraph of story text on a link to another story or a credit in square
// brackets ("… told reporters. [Photos: The flood in pictures]"), which the boundaries leave on the
// story's last sentence: it is cut off as a sentence of its own, to be judged as the furniture it is.
const TRAILING_BRACKETS = /(?<=[.!?"”’])\s+(?=\[[^[\]]{3,}\]\s*$)/u;

function withoutTrailingBrackets(text: string, spans: [number, number][]): [number, number][] {
  return spans.flatMap(([s, e]): [number, number][] => {
    const cut = TRAILING_BRACKETS.exec(text.slice(s, e));
    return cut ? [[s, s + cut.index], [s + cut.index + cut[0].length, e]] : [[s, e]];
  });
}

// The lookbehind anchors a match at the start of a punctuation run: without it a long run that
// is not a boundary ("!!!!…") is retried from every offset inside it, quadratic in its length.
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["”’')\]]*)(\s+|(?=["“]?\p{Lu}\p{Ll}))/gu;
// Longer tokens are neither abbreviations nor initialisms; bounding the look-around keeps a
// paragraph of thousands of boundaries, or one enormous token, linear.
const MAX_WORD = 200;

// What keeps two pieces together across a boundary the punctuation alone would cut, in order.
// `punct` is the run of end marks, `closer` the quotes or brackets after it, `space` what follows
// them, `rest` the text after that.
interface Join {
  name: string;
  match: (punct: string, closer: string, space: string, rest: string) => boolean;
}

// A name of one to three capitalised words, then a speech verb written in lower case (so a
// title-case headline, "…?” Experts Say No", is not read as one).
const NAME_THEN_VERB = /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})(\p{Ll}+)\b/u;

const JOINS: Join[] = [
  // "“…and then this!” Okafor said." An exclamation or question closes the quote, not the sentence:
  // the speaker named after it is the same sentence (the lower-case "he said" never splits). A
  // sentence opener ("“Why?” He said the plan…") starts a new sentence, and a line break ends it.
  {
    name: 'speaker-after-exclaimed-quote',
    match: (punct, closer, space, rest) => {
      if (!/[!?]/.test(punct) || !/["”’']/.test(closer) || /\n/.test(space)) return false;
      const m = NAME_THEN_VERB.exec(rest);
      if (!m || !SPEECH_VERBS.has(m[2])) return false;
      const first = m[1].split(/\s+/)[0].toLowerCase().replace(/[^\p{L}]/gu, '');
      return !STARTERS.has(first);
    },
  },
];

function isBoundary(text: string, punctEnd: number, punct: string, nextWord: string): boolean {
  if (!nextWord || !/^["“‘(]?[\p{Lu}\d]/u.test(nextWord)) return false;
  if (punct !== '.') return true;
  const word = lastWord(text, punctEnd - 1);
  if (word === undefined) return true;
  const bare = word.replace(/^["“(]/, '').toLowerCase();
  const next = nextWord.replace(/^["“‘(]/, '').toLowerCase().replace(/[^\p{L}]/gu, '');
  // An initial ("H." of "H.R.", "J.") or initialism ("U.S.") continues unless a sentence starter follows.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) || MONTHS.has(bare)) return STARTERS.has(next);
  if (ABBREVIATIONS.has(bare)) return false;
  return true;
}

// The whitespace-free run ending at `end`; undefined when longer than MAX_WORD. (A `/\S+$/` on
// the text before would rescan the whole paragraph at every boundary.)
function lastWord(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && !/\s/.test(text[i - 1])) if (end - --i > MAX_WORD) return undefined;
  return text.slice(i, end);
}

/**
 * Sentence spans [start, end) of one paragraph, relative to it; a label or a dateline opening it
 * is left out, and a bracketed link or credit closing it is a span of its own.
 */
export function splitSentences(text: string): [number, number][] {
  const spans = cut(text);
  // "PORTLAND, Maine (AP) — Coast guard boats were searching…": the dateline is no part of the sentence.
  // The splitter may have ended a sentence inside it, after "Pa." of "MILLBROOK, Pa. (AP) —".
  const label = labelLength(text);
  const rest = text.slice(label);
  const after = label + (DATELINE.exec(rest)?.[0].length ?? bareDatelineLength(rest));
  const kept = spans.filter(([s, e]) => e > after && text.slice(Math.max(s, after), e).trim().length > 0).map(([s, e]): [number, number] => [Math.max(s, after), e]);
  return withoutTrailingBrackets(text, kept);
}

/** Sentence spans [start, end) of any text (a quote, a claim, a question), whole. */
export function sentenceSpans(text: string): [number, number][] {
  return cut(text).filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

// Spans between the boundaries, empty ones too.
function cut(text: string): [number, number][] {
  const cuts: number[] = [];
  // Quotes that open and close on the line are kept whole: a quoted speech is one statement.
  const quoteDepthAt = quoteDepths(text);
  for (const m of text.matchAll(BOUNDARY)) {
    const punctEnd = m.index! + m[1].length;
    const end = punctEnd + m[2].length;
    const after = end + m[3].length;
    const nextWord = /^\S+/.exec(text.slice(after, after + MAX_WORD))?.[0] ?? '';
    if (quoteDepthAt[end] > 0 && m[2] === '') continue;
    if (!isBoundary(text, punctEnd, m[1][0], nextWord)) continue;
    const rest = text.slice(after, after + MAX_WORD);
    if (JOINS.some((j) => j.match(m[1], m[2], m[3], rest))) continue;
    cuts.push(end, after);
  }
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    spans.push([start, cuts[i]]);
    start = cuts[i + 1];
  }
  spans.push([start, text.length]);
  return spans;
}

// Depth of curly quotation at each offset; straight quotes are counted only when they pair up.
function quoteDepths(text: string): Int8Array {
  const depth = new Int8Array(text.length + 1);
  const straight = (text.match(/"/g) ?? []).length % 2 === 0;
  const curlyBalanced = (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
  let d = 0;
  let inStraight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (curlyBalanced && c === '“') d++;
    else if (curlyBalanced && c === '”') d = Math.max(0, d - 1);
    else if (straight && c === '"') inStraight = !inStraight;
    depth[i + 1] = d + (inStraight ? 1 : 0);
  }
  return depth;
}

/** The sentences of a text, trimmed: a quote's, a claim's, a question's. */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim());
}

/** A line ending in a colon brings in what follows it (a quote, a list, a statement): it says nothing itself. */
export const endsInColon = (text: string) => /:\s*$/u.test(text);
