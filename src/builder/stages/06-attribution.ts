// Finds who says what: direct quotes with their speaker, reported speech after a speech verb,
// "according to" phrases; speakers resolved through names, pronouns and descriptions
// ("he said", "the minister added", "the bureau said").
import type { Attribution, Context, Mention, Sentence } from '../types.js';
import { ADDRESSEE_VERBS, OBJECT_VERBS, ORG_NOUNS, SPEECH_VERBS, TITLE_HEADS, WEAK_SPEECH_VERBS, genderOf, isVerbForm } from '../lexicon.js';
import { SUBORDINATORS, TIME_BEFORE, tokenize, wordCount } from '../text.js';
import { mentionsOf } from '../mentions-of.js';
import nlp from 'compromise';

const QUOTE = /“([^“”]+)”|"([^"]+)"/g;
const PRONOUN = /^(?:he|she)$/i;
/** How far back from its verb a subject may stand, in characters. */
const SUBJECT_REACH = 200;
const AFTER_QUOTE = 60;
/** How many sentences back the last speaker still answers to "he" or "she". */
const FOCUS_SPAN = 3;
const BEFORE_QUOTE = 100;
// Marks that close a clause: the subject of a verb never stands beyond one.
const CLAUSE_MARK = /[“”";:—]/g;
const DESCRIPTION = /\bthe\s+((?:[\p{L}-]+\s+){0,2}?)(\p{L}+)\s*$/u;

interface Span {
  start: number;
  end: number;
}

const docOf = (ctx: Context, s: Sentence) => ctx.docs[s.doc].text;

/** The latest mention before `at` in the document that fits: a named person for "he", a role or name word for "the X". */
function resolveMention(ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean): Mention | undefined {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= at || m.actor === undefined || ctx.sentences[m.sentence].doc !== doc) continue;
    if (fits(m)) return m;
  }
  return undefined;
}
const resolve = (ctx: Context, at: number, doc: number, fits: (m: Mention) => boolean) => resolveMention(ctx, at, doc, fits)?.actor;

/** A mention that opens its sentence, within its first few words. */
function isSubject(ctx: Context, m: Mention): boolean {
  const s = ctx.sentences[m.sentence];
  return wordCount(ctx.docs[s.doc].text.slice(s.start, m.start)) <= 3;
}

const namedPerson = (ctx: Context, pronoun = '') => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  if (a.type !== 'person' || !(a.name.includes(' ') || [...a.roles.keys()].some(Boolean))) return false;
  // "she said" is not the senator named Tom a line before.
  const gender = genderOf(a.name.split(' ')[0]);
  return !gender || !pronoun || gender === (/^she$/i.test(pronoun) ? 'female' : 'male');
};

const described = (ctx: Context, noun: string) => (m: Mention) => {
  const a = ctx.actors[m.actor!];
  const words = [a.name, ...a.aliases, ...a.roles.keys()].join(' ').toLowerCase().split(/\s+/);
  return words.includes(noun);
};
// "the firm said", "the agency said": the organisation last named before the sentence (one
// named in the claim itself is what the claim is about).
const organisation = (ctx: Context) => (m: Mention) => ctx.actors[m.actor!].type === 'organization';

// Words that may stand between a subject and its verb: "Lavrov has also said".
const AUXILIARIES = /(?:\s+(?:has|have|had|was|is|also|later|earlier|previously|then|now|just|already|since|still|again|once|\p{Ll}+ly))+\s*$/u;
// An apposition between a name and its verb: "Hina Shamsi, the director of …, said".
const APPOSITION = /(\p{Lu}[\p{L}.'’-]*),\s([^,]{3,120}),\s*$/u;
const WHO_CLAUSE = /(\p{Lu}[\p{L}.'’-]*),\s+(?:who|whose)\s[^]*,\s*$/u;
// "a TSA spokesman", "Pentagon officials": someone speaking for the organisation named before.
const SPOKESPERSON = /^(?:spokes(?:man|woman|person|people)|officials?|representatives?)$/i;

/** Who is the subject of the speech verb at `verb`: the name, pronoun or description right before it in the clause, or the name right after it ("said Hina Shamsi"). */
export function speakerOf(ctx: Context, s: Sentence, verb: Span, floor: number, recent: Attribution[] = [], spoke: ReadonlySet<number> = new Set()): number | undefined {
  const text = docOf(ctx, s);
  let from = Math.max(floor, s.start, verb.start - SUBJECT_REACH);
  const start = from;
  for (const m of text.slice(start, verb.start).matchAll(CLAUSE_MARK)) from = start + m.index! + 1;
  // Parentheses drop out, offsets kept: "John Mica (R-Fla.) told".
  const inSentence = mentionsOf(ctx, s.index);
  // "Chaffetz, who said last week he has his “subpoena pen” ready…, told McCabe": the relative
  // clause may hold quotes and verbs of its own.
  const base = Math.max(floor, s.start, verb.start - SUBJECT_REACH);
  const who = WHO_CLAUSE.exec(text.slice(base, verb.start));
  if (who) {
    const end = base + who.index! + who[1].length;
    const subject = inSentence.find((m) => m.start < end && m.end >= end);
    if (subject) return subject.actor;
  }
  let gap = text.slice(from, verb.start).replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length)).replace(AUXILIARIES, '');
  const appos = APPOSITION.exec(gap);
  // "Hina Shamsi, the director of …, said", not "…Nippon Yusen K.K., and was treating …, said".
  if (appos && !appos[2].split(/\s+/).some((w) => isVerbForm(w) || /^(?:and|but|or)$/.test(w))) gap = gap.slice(0, appos.index + appos[1].length);
  // "European Union officials who are in Washington … said": the speaker stands before "who".
  const relative = /^\s*((?:\S+\s+){0,4}\S+)\s+who\s[^,;]*$/u.exec(gap);
  if (relative) gap = gap.slice(0, relative.index + relative[0].indexOf(relative[1]) + relative[1].length);
  const last = tokenize(gap, from).pop();
  // "…, said Masayuki Obara, a regional official": the speaker follows the verb.
  const inverted = /,\s*$/.test(gap);
  if (!last || inverted || /^(?:and|but)$/i.test(last.text)) {
    // "Trump described Assad as “an animal” and said …": the sentence's subject speaks again.
    if (last && !inverted) {
      // …the person who is the subject of a verb there, not one met in a phrase ("with Fox Business News' Maria Bartiromo").
      const people = inSentence.filter((m) => m.start < verb.start && ctx.actors[m.actor!].type === 'person');
      const subject = people.filter((m) => isVerbForm(/^\s*(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '')).pop() ?? people[0];
      if (subject) return subject.actor;
    }
    // Inverted order: "…,” said Hina Shamsi, the director of …
    const after = inSentence.find((m) => m.start >= verb.end && m.start - verb.end < 40 && /^\s+(?:the\s+)?(?:[\p{L}.]+\s+){0,3}$/u.test(text.slice(verb.end, m.start)));
    return after && /^\s*(?:[,.;:!?]|$)/.test(text.slice(after.end, after.end + 3)) ? after.actor : undefined;
  }
  const named = inSentence.find((m) => m.start <= last.start && m.end >= last.end && m.actor !== undefined);
  if (named) return named.actor;
  // "Kyrsten Sinema of Arizona told …": the place says where the speaker is from.
  const origin = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$/u.exec(gap);
  const beforePlace = origin && tokenize(gap.slice(0, origin.index), from).pop();
  const speaker = beforePlace && inSentence.find((m) => m.start <= beforePlace.start && m.end >= beforePlace.end && m.actor !== undefined && ctx.actors[m.actor].type === 'person');
  if (speaker) return speaker.actor;
  if (SPOKESPERSON.test(last.text)) {
    const org = inSentence.find((m) => m.end <= last.start && /^\s+$/.test(text.slice(m.end, last.start)) && ctx.actors[m.actor!].type === 'organization');
    if (org) return org.actor;
  }
  if (PRONOUN.test(last.text)) {
    // "He added …", "Speaking after talks with Tillerson, he said …": the person who spoke last
    // goes on speaking, before any other name met since.
    const fits = namedPerson(ctx, last.text);
    const named = resolveMention(ctx, last.start, s.doc, fits);
    const speaker = [...recent].reverse().find((a) => ctx.mentions.some((m) => m.actor === a.actor && fits(m)));
    // …unless someone else has since become the subject of a sentence ("Mitch Celaya is the chief. He said …").
    const newSubject = named && speaker && named.sentence > speaker.sentence && isSubject(ctx, named);
    return speaker && !newSubject ? speaker.actor : named?.actor;
  }
  const description = DESCRIPTION.exec(gap);
  if (description) {
    const noun = description[2].toLowerCase();
    const modifiers = description[1].toLowerCase().split(/\s+/).filter(Boolean);
    const at = from + description.index;
    if (ORG_NOUNS.has(noun)) {
      // "the shipping firm": the organisation described as such, else the one last named.
      const kind = (m: Mention) => organisation(ctx)(m) && modifiers.some((w) => described(ctx, w)(m));
      return resolve(ctx, s.start, s.doc, kind) ?? resolve(ctx, at, s.doc, described(ctx, noun)) ?? resolve(ctx, s.start, s.doc, organisation(ctx));
    }
    // "the California Democrat said": a person with that role, else one who has spoken already.
    return (
      resolve(ctx, at, s.doc, described(ctx, noun)) ??
      (TITLE_HEADS.has(noun) ? (resolve(ctx, at, s.doc, (m) => namedPerson(ctx)(m) && spoke.has(m.actor!)) ?? resolve(ctx, at, s.doc, namedPerson(ctx))) : undefined)
    );
  }
  // "…, officials said": a speaker the story does not name.
  return undefined;
}

// Speech verbs in the text, "said"-like ones before "believes"-like ones.
// A verb followed by "that" introduces the claim itself: "the government insisted that …,
// diplomats said" is the government's.
function speechVerbs(text: string, offset: number): Span[] {
  const found = tokenize(text, offset).filter((t) => SPEECH_VERBS.has(t.text) || (t.start === offset && SPEECH_VERBS.has(t.text.toLowerCase())));
  const rank = (t: { text: string; end: number }) =>
    (/^\s+that\b/.test(text.slice(t.end - offset, t.end - offset + 6)) ? 0 : 2) + (WEAK_SPEECH_VERBS.has(t.text.toLowerCase()) ? 1 : 0);
  return found.sort((a, b) => rank(a) - rank(b)).map((t) => ({ start: t.start, end: t.end }));
}

/** `previous`: the attribution of the sentence before; `recent`: this article's attributions of the last few sentences; `spoke`: who has spoken so far in this article. */
export function attributeSentence(ctx: Context, s: Sentence, previous?: Attribution, recent: Attribution[] = [], spoke: ReadonlySet<number> = new Set()): Attribution[] {
  const out: Attribution[] = [];
  const text = docOf(ctx, s);
  const quotes: Span[] = [];
  for (const m of s.text.matchAll(QUOTE)) {
    const body = m[1] ?? m[2];
    const start = s.start + m.index! + 1;
    const end = start + body.length;
    quotes.push({ start: start - 1, end: end + 1 });
    if (wordCount(body) < 4) continue;
    // Speaker after the quote (", Lavrov said") or before it ("Lavrov said: “…”").
    const afterVerb = speechVerbs(text.slice(end + 1, Math.min(s.end, end + 1 + AFTER_QUOTE)), end + 1)[0];
    let actor = afterVerb && speakerOf(ctx, s, afterVerb, end + 1, recent, spoke);
    if (actor === undefined) {
      const beforeVerbs = speechVerbs(text.slice(Math.max(s.start, start - 1 - BEFORE_QUOTE), start - 1), Math.max(s.start, start - 1 - BEFORE_QUOTE));
      const verb = beforeVerbs.sort((a, b) => b.start - a.start)[0];
      if (verb) actor = speakerOf(ctx, s, verb, s.start, recent, spoke);
    }
    // A quote that opens a sentence right after another speaker's quote continues it.
    if (actor === undefined && previous?.kind === 'direct' && m.index === 0 && ctx.sentences[previous.sentence].paragraph === s.paragraph) actor = previous.actor;
    if (actor !== undefined) out.push({ sentence: s.index, actor, kind: 'direct', start, end });
  }
  if (out.length) return out;

  // Reported speech: "<speaker> said (that) …", "…, <speaker> said", "according to <speaker>".
  const outsideQuotes = (v: Span) => !quotes.some((q) => v.start > q.start && v.end < q.end);
  let actor: number | undefined;
  let verb: Span | undefined;
  const according = /\baccording to\s+/i.exec(s.text);
  if (according) {
    const from = s.start + according.index + according[0].length;
    actor = mentionsOf(ctx, s.index).find((m) => m.start >= from && m.start - from < 30)?.actor;
    verb = { start: s.start + according.index, end: from };
  }
  const candidates = speechVerbs(s.text, s.start).filter(outsideQuotes);
  for (const v of candidates) {
    if (actor !== undefined) break;
    actor = speakerOf(ctx, s, v, s.start, recent, spoke);
    verb = v;
  }
  if (actor === undefined) return out;
  // "Lavrov told Tillerson <claim> and warned that <claim>": one speaker, two claims;
  // "Aides have said <claim>, and Kushner has said <claim>": a second speaker in a second clause.
  const verbs = [
    { ...verb!, actor: actor! },
    ...candidates.flatMap((v) => {
      if (v === verb || WEAK_SPEECH_VERBS.has(text.slice(v.start, v.end))) return [];
      const later = v.start > verb!.start ? v : verb!;
      const before = text.slice(s.start, later.start);
      const speaker = speakerOf(ctx, s, v, s.start, recent, spoke);
      if (speaker === actor && /\band\s+(?:also\s+)?$/.test(before)) return [{ ...v, actor: speaker }];
      if (speaker !== undefined && speaker !== actor && v === later && NEW_CLAUSE.test(before)) return [{ ...v, actor: speaker }];
      return [];
    }),
  ].sort((a, b) => a.start - b.start);
  const objectOf = (v: Span) => (ADDRESSEE_VERBS.has(text.slice(v.start, v.end).toLowerCase()) ? mentionsOf(ctx, s.index).find((m) => m.start > v.end && m.start - v.end <= 2) : undefined);
  verbs.forEach((v, i) => {
    const span = reportedSpan(text, s, v, objectOf(v));
    const next = verbs[i + 1];
    // The claim stops where the next clause opens: ", and Kushner has said", " and warned".
    if (next && span.end > next.start) {
      const gap = text.slice(span.start, next.start);
      const open = /(?:,\s*(?:and|but)\s+[^,]*|\s+and\s+(?:also\s+)?)$/.exec(gap);
      span.end = open ? span.start + open.index : span.end;
    }
    // "told ABC News during a tour …": what follows is when and where, the words said stand elsewhere.
    const claim = text.slice(span.start, span.end);
    const told = ADDRESSEE_VERBS.has(text.slice(v.start, v.end).toLowerCase());
    if (span.start >= v.end && (told ? TOLD_CIRCUMSTANCE : CIRCUMSTANCE).test(claim) && !claim.includes(',')) return;
    out.push({ sentence: s.index, actor: v.actor, kind: 'reported', ...span });
  });
  return out;
}

const MIN_CLAUSE = 15;
const WHEN_OR_WHERE = String.raw`(?:during|in|at|on|from|with|after|before|while|through|by)\s`;
const CIRCUMSTANCE = new RegExp(`^${WHEN_OR_WHERE}`, 'u');
// …after the one told: "ABC News during a tour".
const TOLD_CIRCUMSTANCE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}` + WHEN_OR_WHERE, 'u');
// Where a run of phrases may stand instead of a clause: after a fronted phrase of time or place,
// or a name and its apposition ("Olivera, himself a Gulf War veteran").
const PHRASES = /^["“‘']?(?:(?:Around|About|As|From|On|In|At|By|During|After|Before|Early|Late|Last|One of)\b|\p{Lu}[\p{L}'’.-]*,|(?:The|A|An) \p{Ll}+,)/u;
const isClause = (text: string) => !PHRASES.test(text) || nlp(text).has('#Verb');
// A subject and its verb: between a speech verb and a "that", a clause of the claim itself.
const OWN_CLAUSE = /\b(?:can['’]t|cannot|will|would|could|may|might|is|was|are|were|has|had|have|do|does|did)\b|\b(?:he|she|they|it|we|i|you)\s+\p{Ll}+(?:ed|s)\b/iu;
// A name (perhaps after its title), then what it is between commas: the sentence's subject,
// about to speak.
const APPOSED = /^(?!(?:And|But|Or|So|Yet|In|On|At|By|For|From|With|After|Before|Following|When|While|If|As|Since|Despite|Although|Though|Then|Meanwhile|However|Many|Some|Most|All|Several|Few|Other)\b)(\p{Lu}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}\s+\p{Lu}[\p{L}.'’-]*),\s[^]{3,200},\s*$/u;
const CLAUSE_OPENER = /^(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|their|its|our|no|some|any|all|more|most|\p{Lu}|\d)/u;
// A second main clause: "…, and Kushner has said", "…; the minister said".
const NEW_CLAUSE = /(?:,\s*(?:and|but|while|whereas)|;)\s+[^,;]{1,60}$/;
// What may follow "<claim>, the minister said": nothing, or when and where.
const ADJUNCT = /^\s*(?:[.!?]["”’]?|(?:on|in|at|after|before|during|while|when|last|earlier|later|this|today|yesterday|tonight|\p{Lu}\p{Ll}+day)\b[^]{0,80})$/u;
// A sentence that opens with a subordinate clause.
const FRONTED = new RegExp(`^${TIME_BEFORE}(?:${SUBORDINATORS})\\b`, 'i');
// After the verb: its object ("told reporters", "told Fox News"), a time, "that".
const AFTER_VERB = /^\s*[:,]?\s*["“]?\s*(?:(?:reporters|journalists|him|her|them|us|me)\s+(?=\p{Ll}))?(?:(?:he|she|they|it|we)\s+(?:believed|believes|thought|thinks|felt|feels|hoped|hopes)\s+)?(?:on\s+\p{Lu}\p{L}+\s+|\p{Lu}\p{L}+day\s+|last\s+\p{L}+\s+|earlier\s+|later\s+)?(?:,\s*)?(?:that\s+)?/u;

/** What was said: the clause before ", <speaker> said" or the one after "said (that)". */
export function reportedSpan(text: string, s: Sentence, verb: Span, object?: Span): Span {
  const before = text.slice(s.start, verb.start);
  const rest = text.slice(verb.end, s.end);
  // "said at their meeting that …", "said in a conference call with reporters that …".
  // "that" opens the claim when a clause follows it, not in "about that meeting".
  // …but not past a clause of the claim's own ("said he can't predict what … but that …").
  const that = [...rest.matchAll(/(?<=^(?:\s+[^\s,.;:]+){0,12}?)\s+that\s+/gu)].find((m) => {
    const next = rest.slice(m.index! + m[0].length).split(/[,.;:]/)[0].split(/\s+/).slice(0, 3);
    return (CLAUSE_OPENER.test(next[0] ?? '') || next.some((w) => isVerbForm(w))) && !OWN_CLAUSE.test(rest.slice(0, m.index));
  });
  const comma = before.lastIndexOf(', ');
  // "<claim>, the minister said (on Monday)": the speaker stands between the comma and the verb,
  // and little follows it; not "Debra Burlingame, whose brother …, said <claim>".
  const apposed = APPOSED.exec(before);
  const subjectFirst = apposed && !apposed[1].split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && isVerbForm(w));
  // The claim is a clause: "Around 8 p.m. Thursday, Senator Harry Reid of Nevada, the minority
  // leader, called …" holds none before its last comma.
  if (!that && !subjectFirst && comma >= MIN_CLAUSE && before.length - comma < 90 && !/[“”"]/.test(before.slice(comma)) && (ADJUNCT.test(rest) || /,\s*$/.test(before)) && isClause(before.slice(0, comma)))
    return { start: s.start, end: s.start + comma };
  let end = s.end - (/[.!?]["”’]?$/.test(rest) ? (/["”’]$/.test(rest) ? 2 : 1) : 0);
  // "A day after Putin said <claim>, Tillerson and Lavrov held talks": the claim ends where the
  // fronted clause does.
  if (FRONTED.test(before) && !before.includes(',')) {
    const comma = text.indexOf(', ', verb.end);
    if (comma > 0 && comma < end) end = comma;
  }
  // "…that <claim>, diplomats at the UN said.": another attribution closes the sentence.
  const tail = /,\s[^,]{2,80}\s(\p{Ll}+)[.!?]?["”’]?$/u.exec(rest);
  if (tail && SPEECH_VERBS.has(tail[1])) end = verb.end + tail.index;
  // "accused Moscow of trying to …": the verb is part of the claim.
  // "told Tillerson Moscow was hoping …": past the person told.
  const after = object ? object.end : verb.end;
  const start = that ? verb.end + that.index! + that[0].length : OBJECT_VERBS.has(text.slice(verb.start, verb.end).toLowerCase()) ? verb.start : after + (AFTER_VERB.exec(text.slice(after, s.end))?.[0].length ?? 0);
  return end - start >= MIN_CLAUSE ? { start, end } : { start: s.start, end: s.end };
}

export function attribution(ctx: Context): void {
  const out: Attribution[] = [];
  let spoke = new Set<number>();
  for (const s of ctx.sentences) {
    if (s.noise) continue;
    const last = out[out.length - 1];
    if (last && ctx.sentences[last.sentence].doc !== s.doc) spoke = new Set();
    // Walking back from the end keeps this linear: attributions are in sentence order.
    const recent: Attribution[] = [];
    for (let i = out.length - 1; i >= 0 && out[i].sentence >= s.index - FOCUS_SPAN; i--) if (ctx.sentences[out[i].sentence].doc === s.doc) recent.unshift(out[i]);
    const found = attributeSentence(ctx, s, last && last.sentence >= s.index - 1 ? last : undefined, recent, spoke);
    for (const a of found) spoke.add(a.actor);
    out.push(...found);
  }
  ctx.attributions = out;
}
