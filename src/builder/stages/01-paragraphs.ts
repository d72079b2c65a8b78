// Cuts each document into lines and marks page furniture: link lines, captions, comment and
// share blocks, headlines of other stories. Marked lines are never shown to a reader.
import boilerplate from '../data/boilerplate.json';
import dates from '../data/dates.json';
import type { Context, Paragraph } from '../types.js';
import { verbsReadIn } from '../lexicon.js';
import { isCapitalized, tokenize, wordCount } from '../text/tokens.js';
import { namedRules, phrases } from '../text/phrases.js';
import { endsInColon } from '../text/sentences.js';

const PATTERNS = boilerplate.linePatterns.map((p) => new RegExp(p, 'iu'));
const LINKS_HEADER = new RegExp(boilerplate.headers, 'iu');
/** Under a "RELATED" header, lines this short are the headlines of linked stories. */
const LINK_WORDS = 20;
const COLUMN_HEADER = new RegExp(boilerplate.columnHeader, 'u');
const ABOUT_HEADER = new RegExp(boilerplate.aboutHeader, 'u');
const ARCHIVE_NOTICE = new RegExp(boilerplate.archiveNotice, 'iu');
/** An archive's notice is a few short paragraphs; an article about the archive runs longer. */
const NOTICE_WORDS = 400;
// "(R)" after a politician's title and name is the party ("Speaker Jane Roe (R) said …"), not
// where the person stands in a picture.
const POLITICAL_TITLE = String.raw`(?:(?:Gov|Sen|Rep|Del)\.|Governor|Senator|Speaker|Leader|Congress(?:man|woman)|Assembly(?:man|woman))`;
const notParty = String.raw`(?<!\b${POLITICAL_TITLE}(?:\s\p{Lu}[\p{L}.'’-]*){1,4}\s?)`;
// "left, right and centre", "the left, or the right": the political wings or the two sides in a
// list, not people placed in a picture.
const WING = '(?:left|right|centre|center)';
const notWing = String.raw`(?<!\b${WING})`;
const notWingAfter = String.raw`(?!,?\s(?:or|and)\s(?:the\s)?${WING}\b)`;
// Photo captions name who stands where ("(R)", "…personnel, left, and …") and end with an agency
// credit.
const CAPTION = new RegExp(
  String.raw`${notParty}\(R\)|\((?:L|C|left|right|centre|center|front|back)\)|${notWing},\s(?:left|right|centre|center|(?:second|third) from (?:left|right))${notWingAfter}(?:,|\s(?:and|is|are)\b)|\.\s*(?:Reuters|AP|AFP|Getty(?: Images)?|EPA|File|Photo)\.?\s*$`,
  'u',
);
const ENDS_LIKE_SENTENCE = /[.!?…"”’')\]]\s*$/u;

// A photo caption describes the picture in the present tense and dates it:
// "The ferry Ardglass heads to Larne … on Saturday."
const PRESENT_CAPTION = new RegExp(
  String.raw`^[^"“”.!?]{0,80}?\b(?:${phrases(boilerplate.captionVerbs)})\b[^"“”]*\b(?:${dates.weekdays.join('|')}|Jan\.?|Feb\.?|March|April|May|June|July|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\b[^"“”]*[.)]\s*$`,
  'u',
);

// A month written out, or abbreviated with its dot ("Aug.", "Sept.").
const abbreviated = (m: string) => dates.months.some((o) => o !== m && o.startsWith(m));
const MONTH = `(?:${dates.months.map((m) => (abbreviated(m) ? `${m}\\.` : m)).join('|')})`;
// Wire photo captions end on the place and the full date with no "on" between them ("…at the
// town hall in Lyon, March 3, 2016."); prose dates an event "in Lyon on March 3".
const DATED_CAPTION = new RegExp(String.raw`\b(?:in|at|near|outside|inside)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,?\s+${MONTH}\s+\d{1,2},\s+\d{4}\.\s*$`, 'u');

// Photo and video captions close on the photographer's credit in brackets, a name and the
// outlet or agency parted by a slash: "… in Lyon on Tuesday. (Jane Doe/The Daily Courier)",
// "(Photo by Jane Doe/Getty Images)". Prose brackets do not end a line that way.
const CREDITED_CAPTION = /\((?:Photo(?: by|:)\s+)?\p{Lu}[^()/\n]{0,60}\/\s?\p{Lu}[^()\n]{1,80}\)\s*$/u;

// A line that points at what comes ("Here is the statement:") or sends the reader off ("Get more
// from the show:") brings in an embed or a link, not the story's words.
const COLON_POINTER = new RegExp(String.raw`^(?:${phrases(boilerplate.colonPointers)})(?![\p{L}'’])`, 'iu');
/** Words a line needs before it reads as a sentence, not a label ("Update:", "Those charged were:"). */
const COLON_SENTENCE_WORDS = 6;
/** A sentence writes most of its words after the first in lower case; a headline or a label capitalises them. */
const LOWER_CASE_SHARE = 0.5;
// A line of several sentences ("Update 9:40 a.m. The council has …:") is a label and the text it opens.
const SENTENCE_BREAK = /[.!?]["”’)]?\s\p{Lu}/u;
// A label can hold a participle ("A statement from the board, following the storm:"); a sentence has a verb of its own.
const finite = (verb: string) => !/ing\W*$/iu.test(verb);
const sentenceCase = (line: string) => {
  const rest = tokenize(line).slice(1).filter((t) => /^\p{L}/u.test(t.text));
  return rest.filter((t) => !isCapitalized(t.text)).length >= rest.length * LOWER_CASE_SHARE;
};

/** Short lines without closing punctuation that are the story's sentences, not headlines: each row's name and test. */
const NOT_HEADLINES: { name: string; match: (line: string) => boolean }[] = [
  {
    // "The harbour board released the following statement:", "Several ferry captains on the quay
    // went further:": a clause in sentence case that brings in a quote or a list below it.
    name: 'a sentence bringing in what follows with a colon',
    match: (line) => endsInColon(line) && !SENTENCE_BREAK.test(line) && wordCount(line) >= COLON_SENTENCE_WORDS && !COLON_POINTER.test(line) && sentenceCase(line) && verbsReadIn(line).some(finite),
  },
];
/** The name of the row that reads a short unpunctuated line as a sentence of the story, if any. */
export const notHeadline = (line: string) => NOT_HEADLINES.find((rule) => rule.match(line))?.name;

/** The name of the furniture-line row (data/boilerplate.json furnitureLines) a line meets, if any: capitals tell a credit from prose. */
export const furnitureLine = namedRules(boilerplate.furnitureLines, 'u');
/** The name of the furniture-sentence row a sentence meets, if any: furniture even inside a line of story text. */
export const furnitureSentence = namedRules(boilerplate.furnitureSentences);

export function lineNoise(line: string): string | undefined {
  if (PATTERNS.some((re) => re.test(line)) || furnitureLine(line)) return 'boilerplate';
  if ([CAPTION, PRESENT_CAPTION, DATED_CAPTION, CREDITED_CAPTION].some((re) => re.test(line))) return 'caption';
  // A short line without closing punctuation is a headline, a byline or navigation.
  if (!ENDS_LIKE_SENTENCE.test(line) && wordCount(line) < 16 && !notHeadline(line)) return 'headline';
  return undefined;
}

export function paragraphs(ctx: Context): void {
  const out: Paragraph[] = [];
  for (const doc of ctx.docs) {
    const re = /[^\n]+/g;
    let links = false;
    let column = false;
    const lines: { text: string; start: number }[] = [];
    for (const m of doc.text.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) lines.push({ text, start: m.index! + lead });
    }
    const notice = wordCount(doc.text) < NOTICE_WORDS && lines.some((l) => ARCHIVE_NOTICE.test(l.text));
    for (const { text, start } of lines) {
      links = LINKS_HEADER.test(text) || (links && wordCount(text) <= LINK_WORDS);
      column ||= COLUMN_HEADER.test(text) || ABOUT_HEADER.test(text);
      const page = column || notice;
      out.push({ doc: doc.index, start, end: start + text.length, noise: page ? 'boilerplate' : (lineNoise(text) ?? (links ? 'boilerplate' : undefined)), ...(page && { page }) });
    }
  }
  ctx.paragraphs = out;
}
