// Marks what the cluster is not about: sentences repeated from an earlier article (kept once, as
// the first article writes them, with a note of each copy), the paragraphs after a page's turn
// to an unrelated story, and paragraphs far from the rest of the cluster (a story about
// something else pasted into a page).
import dates from '../data/dates.json';
import offTopicData from '../data/off-topic.json';
import { phrases } from '../text/phrases.js';
import { SPEECH_VERB_ALTERNATION, isCommonWord, isGivenName, isPlace } from '../lexicon.js';
import { isInitial } from '../name-words.js';
import { pageVoiceRule } from '../text/page-voice.js';
import type { Context, Sentence } from '../types.js';
import { containment, counts } from '../text/similarity.js';
import { STOPWORDS, isCapitalized, tokenize } from '../text/tokens.js';

/** Similarity of a paragraph to the other documents, below which it is off-topic, relative to the median. */
const OFF_TOPIC_RATIO = 0.2;
const MIN_TERMS = 6;
/** A paragraph with its neighbours this far from the centroid (relative to the median) is another story. */
const WINDOW_RATIO = 0.35;
/** Neighbours below this (relative to the median) do not vouch for a paragraph that is only somewhat off. */
const NEIGHBOURS_RATIO = 0.6;
/**
 * Neighbours that do not stray themselves vouch for a short paragraph far off on its own down to
 * this. A short aside (a reaction, a detail, a next step) shares few words with anything, so its
 * stretch falls well below the median even among on-topic paragraphs.
 */
const ASIDE_NEIGHBOURS_RATIO = 0.4;
const LONG_PARAGRAPH = 20;
/** Beyond this share of an article's words, what strays is the article's own side of the story. */
const MAX_STRAY_SHARE = 0.5;
const CONTINUES = /^(?:["“‘]|(?:He|She|They|His|Her|Their)\b)/u;
/** A first sentence whose words a pronoun speaks ("A while later, he said, …", "…, she wrote."): the voice of the paragraph before. */
const PRONOUN_SPEAKS = new RegExp(String.raw`\b(?:he|she|they)\s(?:${SPEECH_VERB_ALTERNATION})\b`, 'iu');

export function offTopic(ctx: Context): void {
  markDuplicates(ctx.sentences);
  unrelatedStories(ctx);
  columnTail(ctx);
  // A copy of another article (a wire story republished) is no second voice to compare with:
  // identical articles are judged as the one article they are.
  if (new Set(ctx.sentences.filter((s) => !s.noise).map((s) => s.doc)).size < 2) return;

  // Document frequency of each term: words shared by several articles carry the story.
  const df = new Map<string, number>();
  const docTerms: Map<string, number>[] = ctx.docs.map(() => new Map());
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    for (const t of s.terms) docTerms[s.doc].set(t, (docTerms[s.doc].get(t) ?? 0) + 1);
  }
  for (const m of docTerms) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);

  const byParagraph = new Map<number, Sentence[]>();
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  // A scraper that joins a page's paragraphs with no space between them ("… a punchline.Last week,
  // …") leaves a column of several items on one line: the line is judged as the paragraphs it lost.
  const glued = (s: Sentence) => !/\s/u.test(ctx.docs[s.doc].text[s.start - 1] ?? ' ');
  const paragraphs = [...byParagraph.values()].flatMap((list) => {
    const out: Sentence[][] = [];
    for (const s of list) {
      if (out.length && !glued(s)) out[out.length - 1].push(s);
      else out.push([s]);
    }
    return out;
  });

  // Centroid of the rest of the cluster: a paragraph's own words must not vouch for it, but the
  // rest of its article may. Leaving out the whole article instead lets a two-article cluster
  // whose other page is an advert or an archive notice mark the story itself as off-topic.
  const weight = (t: string) => ((df.get(t) ?? 1) > 1 ? 1 : 0.2);
  const whole = new Map<string, number>();
  for (const m of docTerms) for (const [t, c] of m) whole.set(t, (whole.get(t) ?? 0) + c * weight(t));
  let wholeNorm = 0;
  for (const v of whole.values()) wholeNorm += v * v;
  // Each similarity costs the paragraph's length, not the cluster's.
  const simOf = (list: Sentence[]) => {
    let dot = 0;
    let norm = 0;
    let restNorm = wholeNorm;
    for (const [t, c] of counts(list.flatMap((s) => s.terms))) {
      const g = whole.get(t) ?? 0;
      const rest = g - c * weight(t);
      dot += c * rest;
      norm += c * c;
      restNorm += rest * rest - g * g;
    }
    return norm && restNorm > 0 ? dot / Math.sqrt(norm) / Math.sqrt(restNorm) : 0;
  };
  // A paragraph is judged with its neighbours: a pasted story runs over several short paragraphs,
  // while one short paragraph that strays in wording (a quote, say) sits among on-topic ones.
  const scored = paragraphs.map((list, i) => {
    const window = [paragraphs[i - 1], list, paragraphs[i + 1]].filter((p) => p && p[0].doc === list[0].doc).flat();
    const own = list.flatMap((s) => s.terms).length >= MIN_TERMS ? simOf(list) : undefined;
    return { list, own, window, windowSim: simOf(window), home: 0 };
  });
  const judged = scored.filter((x) => x.own !== undefined);
  if (judged.length < 3) return;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ownMedian = median(judged.map((x) => x.own!));
  const windowMedian = median(scored.map((x) => x.windowSim));
  const farOff = (x: (typeof scored)[number] | undefined) => x?.own !== undefined && x.own < ownMedian * OFF_TOPIC_RATIO;
  // A paragraph beside one of its page's that is far off too opens or goes on with a pasted story.
  const besideAStray = (i: number) => [scored[i - 1], scored[i + 1]].some((n) => n && n.list[0].doc === scored[i].list[0].doc && farOff(n));
  const strays = scored.filter((x, i) => {
    const long = x.list.flatMap((s) => s.terms).length >= LONG_PARAGRAPH;
    // Far off on its own: another story, unless it is a short aside among on-topic paragraphs. A
    // line that points the reader elsewhere ("Find out more …") is the page's, never an aside.
    const neighbours = besideAStray(i) || x.list.some((s) => pointsElsewhere(s.text)) ? NEIGHBOURS_RATIO : ASIDE_NEIGHBOURS_RATIO;
    const aside = x.windowSim >= windowMedian * neighbours;
    const far = farOff(x) && (long || !aside);
    // Short or only somewhat off, in a stretch that is off as a whole.
    const stretch = (x.own === undefined || x.own < ownMedian * NEIGHBOURS_RATIO) && x.windowSim < windowMedian * WINDOW_RATIO;
    return far || stretch;
  });
  // A paragraph that opens with a quote or a pronoun, or whose first sentence a pronoun speaks,
  // goes on from the one before ("“We told him the roof is not safe.”", "He says …", "Later, she
  // said, …"): after an on-topic paragraph it is that story's voice, however far its words stray.
  // A pasted story opens with a sentence of its own.
  for (let i = 1; i < scored.length; i++) {
    const [x, before] = [scored[i], scored[i - 1]];
    if (before.list[0].doc === x.list[0].doc && !strays.includes(before) && strays.includes(x) && (CONTINUES.test(x.list[0].text) || PRONOUN_SPEAKS.test(x.list[0].text))) strays.splice(strays.indexOf(x), 1);
  }
  // A short paragraph shares too few words with the others to be judged by them: one that names
  // a person the story names goes on with it. A long one that strays has words enough of its own,
  // and only a row marked `long` (the story's central people) may keep it.
  const onTopic = scored.filter((x) => !strays.includes(x)).flatMap((x) => x.list);
  // Each vouch reads the on-topic sentences once, and only when a paragraph is put to it.
  for (const vouch of VOUCHES) {
    let keeps: ((paragraph: Sentence[]) => boolean) | undefined;
    for (const x of [...strays]) if ((vouch.long || x.list.flatMap((s) => s.terms).length < LONG_PARAGRAPH) && (keeps ??= vouch.keeps(onTopic))(x.list)) strays.splice(strays.indexOf(x), 1);
  }
  // A pasted story is a minority of its page; an article that strays for most of its length
  // covers a side of the story the others leave out (the knives beside the uniforms).
  const size = (list: Sentence[]) => list.reduce((n, s) => n + s.terms.length, 0);
  const docSize = ctx.docs.map(() => 0);
  const strayed = ctx.docs.map(() => 0);
  for (const x of scored) docSize[x.list[0].doc] += size(x.list);
  for (const x of strays) strayed[x.list[0].doc] += size(x.list);
  for (const x of strays) if (strayed[x.list[0].doc] <= docSize[x.list[0].doc] * MAX_STRAY_SHARE) for (const s of x.list) s.noise = 'off-topic';
}

const CALENDAR = new Set([...dates.months, ...dates.weekdays].map((w) => w.toLowerCase()));

/** A sentence's capitalized words after the first, which any sentence capitalizes. */
const capitalsAfterFirst = (text: string) =>
  tokenize(text)
    .slice(1)
    .map((t) => t.text)
    .filter((w) => isCapitalized(w));
/** Of a sentence's words, bare, the ones no stopword or day or month name. */
const namesOnly = (words: string[]) => words.map(bare).filter((w) => !STOPWORDS.has(w) && !CALENDAR.has(w));

/** The names a sentence writes: its capitalized words after the first. */
const namesIn = (text: string): string[] => namesOnly(capitalsAfterFirst(text));

// A label may come first ("Briefing: Find out more …").
const POINTER = new RegExp(String.raw`^(?:[^:]{1,30}:\s*["“]?)?(?:${phrases(offTopicData.pointers)})\b|@\w|https?://`, 'iu');
const pointsElsewhere = (text: string) => POINTER.test(text) || pageVoiceRule(text) !== undefined;

/** What keeps a paragraph that strays in wording in the story, in order. */
/** `keeps` reads the on-topic sentences and gives the test a paragraph is put to. */
const VOUCHES: { name: string; long?: boolean; keeps: (onTopic: Sentence[]) => (paragraph: Sentence[]) => boolean }[] = [
  {
    // By surname ("Okafor granted the motion …", "Lindqvist said"): a pasted story names
    // its own people, and a line that points elsewhere ("For more on …") names the story's
    // people without telling the story.
    name: 'names-the-story',
    keeps: (onTopic) => {
      const people = surnamesIn(onTopic);
      return (paragraph) => paragraph.some((s) => !pointsElsewhere(s.text) && namesPerson(s.text, people));
    },
  },
  {
    // By the surname of a person the whole story turns on, however long the paragraph: a pasted
    // story is about its own people, while a paragraph that strays in wording (a career, a
    // friend's account, a live blog's aside) still names the story's main person.
    name: 'names-a-central-person',
    long: true,
    keeps: (onTopic) => {
      const central = centralPeople(onTopic);
      return (paragraph) => paragraph.some((s) => !pointsElsewhere(s.text) && namesPerson(fold(s.text), central));
    },
  },
  {
    // By a name the story keeps writing that no list knows as a person's (a dog, a firm, an
    // envoy written by surname alone): a pasted story names its own, which the story never writes.
    name: 'names-a-recurring-name',
    keeps: (onTopic) => {
      const written = new Map<string, number>();
      for (const s of onTopic) for (const n of new Set(storyNamesIn(s.text))) written.set(n, (written.get(n) ?? 0) + 1);
      return (paragraph) => paragraph.some((s) => !pointsElsewhere(s.text) && storyNamesIn(s.text).some((n) => (written.get(n) ?? 0) >= MIN_RECURRING_MENTIONS));
    },
  },
];

/** On-topic sentences that must write a name before it vouches: a name written once or twice may be a passing one. */
const MIN_RECURRING_MENTIONS = 3;

/** The capitalized words after the first that are no place, ordinary word, given name or acronym. */
function storyNamesIn(text: string): string[] {
  return namesOnly(capitalsAfterFirst(text).filter((w) => /\p{Ll}/u.test(w) && !isPlace(w) && !isCommonWord(w) && !isGivenName(w))).filter((w) => w.length >= 3);
}

/** Mentions below which a person is not one the story turns on… */
const MIN_CENTRAL_MENTIONS = 3;
/** …nor below this share of the most mentioned person's. */
const CENTRAL_SHARE = 0.25;

// One name spelled with and without its accents across articles ("Müller", "Muller") is one name.
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** The surnames of the people the on-topic sentences name most often (in full or alone). */
function centralPeople(onTopic: Sentence[]): Set<string> {
  const people = new Set([...surnamesIn(onTopic)].map(fold));
  const mentions = new Map<string, number>();
  for (const s of onTopic) {
    for (const w of new Set(tokenize(fold(s.text)).map((t) => bare(t.text)))) if (people.has(w)) mentions.set(w, (mentions.get(w) ?? 0) + 1);
  }
  const top = Math.max(0, ...mentions.values());
  return new Set([...mentions].filter(([, n]) => n >= MIN_CENTRAL_MENTIONS && n >= top * CENTRAL_SHARE).map(([w]) => w));
}

const bare = (w: string) => w.toLowerCase().replace(/[.'’]s?$/u, '');

/**
 * Surnames of the people a story names in full ("Judge Ruth Okafor" gives "okafor"): the
 * word after a given name, or after a given name and an initial, when it is no place or common
 * word ("Elm Center", "Laramie, Wyoming") and no acronym.
 */
function surnamesIn(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const words = tokenize(s.text).map((t) => t.text);
    for (let i = 0; i < words.length - 1; i++) {
      if (!isGivenName(words[i])) continue;
      const j = isInitial(words[i + 1]) ? i + 2 : i + 1;
      const word = words[j];
      if (!word || !isCapitalized(word) || isCapitalized(words[j + 1] ?? '') || !/\p{Ll}/u.test(word)) continue;
      const surname = bare(word);
      if (surname.length >= 3 && !STOPWORDS.has(surname) && !isPlace(word) && !isCommonWord(word)) out.add(surname);
    }
  }
  return out;
}

/** A surname vouches when it stands alone ("Okafor granted …"), not as the first word of another name. */
const namesPerson = (text: string, people: Set<string>) => {
  const words = tokenize(text).map((t) => t.text);
  return words.some((w, i) => isCapitalized(w) && people.has(bare(w)) && !isCapitalized(words[i + 1] ?? ''));
};

const UNRELATED = new RegExp(String.raw`^(?:${phrases(offTopicData.unrelatedOpenings)})\b`, 'iu');

/**
 * A page that turns to another story says so ("In unrelated news, police arrested …"): from
 * that paragraph on, its paragraphs are the other story until one names a name the story writes
 * elsewhere (in the other articles, or on this page before the turn) other than the names the
 * turn itself writes (the city both stories happen in).
 */
function unrelatedStories(ctx: Context): void {
  const live = ctx.sentences.filter((s) => !s.noise);
  for (const [i, turn] of live.entries()) {
    if (turn.noise || !UNRELATED.test(turn.text) || live[i - 1]?.paragraph === turn.paragraph) continue;
    const story = new Set(live.filter((s) => s.doc !== turn.doc || s.index < turn.index).flatMap((s) => namesIn(s.text)));
    const own = new Set(live.filter((s) => s.paragraph === turn.paragraph).flatMap((s) => namesIn(s.text)));
    const returns = (p: number) => live.some((s) => s.paragraph === p && namesIn(s.text).some((n) => story.has(n) && !own.has(n)));
    for (const s of live.slice(i)) {
      if (s.doc !== turn.doc || (s.paragraph !== turn.paragraph && returns(s.paragraph))) break;
      s.noise = 'off-topic';
    }
  }
}

/** Items a line must fall into before it is read as a column of several stories. */
const COLUMN_ITEMS = 3;

/**
 * A gossip or news-in-brief column whose items a scraper joined with no space between them ("…
 * a punchline.Last week, …") runs the page's story first and other people's stories after it. From
 * the first item that brings in a person named in full whom the story never named, to the end of
 * the page, the items are other stories, as long as none of them names a name the story writes
 * (in the other articles, or on this page before that item) and they are a minority of the page.
 */
function columnTail(ctx: Context): void {
  const live = ctx.sentences.filter((s) => !s.noise);
  for (const doc of ctx.docs.map((d) => d.index)) {
    const page = live.filter((s) => s.doc === doc);
    const starts = gluedItemStarts(ctx, page);
    if (starts.length + 1 < COLUMN_ITEMS) continue;
    const elsewhere = live.filter((s) => s.doc !== doc).flatMap((s) => namesIn(s.text));
    for (const s of otherStoriesTail(page, starts, elsewhere)) s.noise = 'off-topic';
  }
}

// The scraper joined the column's items with no space: a sentence glued to the one before it in
// its paragraph opens an item.
function gluedItemStarts(ctx: Context, page: Sentence[]): number[] {
  const glued = (s: Sentence) => !/\s/u.test(ctx.docs[s.doc].text[s.start - 1] ?? ' ');
  return page.map((_, i) => i).filter((i) => i > 0 && glued(page[i]) && page[i].paragraph === page[i - 1].paragraph);
}

// A column's other stories stand after the page's own and name none of its names; a tail that is
// most of the page is the page's story told in items, not other stories.
function otherStoriesTail(page: Sentence[], starts: number[], elsewhere: string[]): Sentence[] {
  for (const start of starts) {
    const story = new Set([...elsewhere, ...page.slice(0, start).flatMap((s) => namesIn(s.text))]);
    const tail = page.slice(start);
    const newcomer = [...surnamesIn([page[start]])].some((n) => !story.has(n));
    if (!newcomer || tail.some((s) => namesIn(s.text).some((n) => story.has(n)))) continue;
    return termCount(tail) * 2 > termCount(page) ? [] : tail;
  }
  return [];
}
const termCount = (list: Sentence[]) => list.reduce((n, s) => n + s.terms.length, 0);

function markDuplicates(sentences: Sentence[]): void {
  // Two sentences that share 90% of their terms both ways share at least one of the two rarest
  // terms of either: only sentences indexed under those are compared.
  const freq = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const index = new Map<string, Sentence[]>();
  // A sentence repeated word for word is indexed once per article: a page that repeats itself
  // must not make every later sentence compare with all its copies.
  const signatures = new Set<string>();
  for (const s of sentences) {
    if (s.noise || s.terms.length < 4) continue;
    const signature = `${s.doc} ${[...new Set(s.terms)].sort().join(' ')}`;
    const rarest = [...new Set(s.terms)].sort((a, b) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : 1)).slice(0, 2);
    const candidates = new Set(rarest.flatMap((t) => index.get(t) ?? []));
    const twin = [...candidates].find((o) => o.doc !== s.doc && containment(s.terms, o.terms) >= 0.9 && containment(o.terms, s.terms) >= 0.9);
    if (twin) {
      s.noise = 'duplicate';
      s.copyOf = twin.index;
      continue;
    }
    if (signatures.has(signature)) continue;
    signatures.add(signature);
    for (const t of new Set(s.terms)) {
      const list = index.get(t);
      if (list) list.push(s);
      else index.set(t, [s]);
    }
  }
}
