// Finds what is still open: explicit uncertainty ("whether", "unclear", "may"), upcoming
// decisions and votes, and disputes between actors; writes each as a question a reader would
// ask, and moves the ones the cluster itself answers to `resolved`.
import nlp from 'compromise';
import cues from '../data/uncertainty.json';
import type { Context, QuestionDraft, Sentence } from '../types.js';
import { DISPUTE_VERBS, GROUP_NOUNS, KIN, OFFICES, ORG_HEADS, PERSON_NOUNS, SPEECH_VERB_ALTERNATION, TITLE_HEADS, UNNAMED_PERSONS, countryOf, countryOfDemonym } from '../lexicon.js';
import { PERSONAL, STOPWORDS, containment, contentTerms, wordCount } from '../text.js';
import { mentionsOf } from '../mentions-of.js';

const MAX_WORDS = 22;
const MAX_CANDIDATES = 40;
const BOUNDARY_WORDS = /(?:^|[,;:]\s+|\b(?:that|if|as|because|when|while|and|but|after|before|amid|where|said|says|told|believes|believed|thinks|warned|added)\s+)/giu;
const MODAL = /\b(may|might|could|will|would|can)\s+(?:soon\s+|still\s+|also\s+|now\s+)?(\p{Ll}+)\b/u;
const SET_TO = /\b(?:is|are|was|were)\s+(?:set|slated|scheduled|expected|due|poised|planning|going)\s+to\s+(\p{Ll}+)\b/u;
const WHETHER = /\bwhether\s+(?:or not\s+)?([^,;:.!?]{8,})/iu;
// "Asked if there was any connection …, Celaya said …"
const ASKED_IF = /\basked\s+if\s+([^,;:.!?]{8,})/iu;
// "officials began questioning the crew about the cause of the crash" → "What caused the crash?"
const CAUSE_OF = /\b(?:investigat\p{Ll}*|questioning|probing|examining|looking into|determine|unclear|unknown|not known|not clear)\b[^.;]{0,60}?\b(?:the\s+)?cause\s+of\s+(the\s+[^,;:.!?]{3,60})/iu;
// A "whether" clause that is the subject ends where its sentence's own verb begins: "Whether the
// plan will pass | depends on …", "… | remains to be seen".
const OUTER_PREDICATE = /\s+(?:(?:may|might|could|will|would|does|did)\s+(?:also\s+|still\s+)?)?(?:depends?|hinges?|rests?|turns?)\s+(?:on|upon)\b.*$|\s+(?:remains?|is|was)\s+(?:still\s+)?(?:to\s+be\s+seen|unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:known|clear)|an\s+open\s+question|up\s+to)\b.*$/iu;
// ", which has been in power since 2015 …," between a subject and its verb.
const INSERTED = /,\s+(?:which|who|whose|where)\s[^,]*,/gu;
const UNCLEAR_NP = /^(?:but\s+|and\s+)?(the\s+[^,;:]{3,80}?)\s+(?:is|are|was|remains?)\s+(?:still\s+|also\s+)?(?:\p{Ll}+ly\s+)?(?:unclear|unknown|uncertain)\b/iu;
const NOT = String.raw`(?:can['’]t|cannot|won['’]t|(?:would|could|did|does|do|will|can)\s*(?:not|n['’]t))`;
const UNCLEAR_WH = new RegExp(
  String.raw`\b(?:unclear|unknown|uncertain|not clear|not known|${NOT}\s+(?:say|confirm|predict|tell|explain|disclose|reveal|determine|know)|(?:declined|refused)\s+to\s+(?:say|confirm|disclose|reveal))\s+(who|what|when|where|why|how(?:\s+\p{Ll}+)?|which)\s+([^,;:.!?]{6,})`,
  'iu',
);
// "the complex will not be reactivated until the flooding subsides" → "When will the complex be reactivated?"
// "… should be suspended until the findings are complete" asks whether, not when.
const UNTIL = /\s(will|would|should|can|could)\s*(?:not\s+|n['’]t\s+)?(?:only\s+)?be\s+(\p{Ll}+(?:ed|en|wn|lt|ut)(?:\s+(?:safe|open|closed|ready|fit|complete|available))?)\s+until\b/iu;
// "Cooper would be shut down if the river rose …" → "Will Cooper be shut down?"
const WOULD_IF = /\swould\s+(?:have\s+to\s+)?be\s+(\p{Ll}+(?:ed|en|wn|lt|ut)(?:\s+(?:down|up|off|out))?)\s+(?:[^,;]{0,30}\s)?if\b/iu;
// "Kushner has said he would voluntarily appear before the committee" → "Will Kushner appear before the committee?"
// "Aides have said they would like to question Kushner" → "Will Aides question Kushner …?"
const WOULD_PROMISE = /^(?:but\s+|and\s+)?(.{3,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|offered|promised|pledged|vowed)\s+(?:that\s+)?(?:he|she|they|it)\s+would\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?(?:(?:like|want|love)\s+to\s+)?(\p{Ll}+)\s+([^,;:.!?]{4,})/iu;
// "Paris hopes for a vote on Tuesday" → "Will there be a vote on Tuesday?"
const HOPES_FOR = /\b(?:hopes?|hoping|hoped|calls?|calling|called|pushing|pushes|pressing)\s+for\s+(an?\s+(?:vote|decision|deal|agreement|ruling|verdict|ceasefire|truce|meeting|summit)\b[^,;:.!?]{0,50})/iu;
// "Celaya could not confirm the suspect's motivation" → "What is the suspect's motivation?"
const UNCONFIRMED_NP = /\b(?:(?:would|could|did|will|can)\s*(?:not|n't)|declined\s+to|refused\s+to)\s+(?:confirm|disclose|reveal|release|identify)\s+(the\s+[^,;:.!?]{3,80}|[\p{L}]+['’]s\s+[^,;:.!?]{3,80})/iu;
const YET_TO = /\b(?:has|have|had)\s+yet\s+to\s+(\p{Ll}+)\b/u;
const CONSIDERING = /\b(?:is|are|was|were|has been|have been)\s+(?:still\s+)?(?:considering|weighing|evaluating|reviewing|studying|looking into|investigating)\s+([^,;:.!?]{4,})/iu;
const AHEAD_OF = /\b(?:ahead of|before)\s+(?:a|an|the)\s+([^,;:.!?]{0,60}?\b(?:hearing|vote|meeting|summit|trial|election|referendum|decision|ruling|talks|deadline|verdict)\b[^,;:.!?]{0,40})/iu;
const DOUBT = /\b(?:suspects?|doubts?|doubted|questioned|disputes?|disputed|denies|denied)\s+(?:that\s+)?(?:(?:the\s+)?(?:[\p{L}]+['’]s\s+)?(?:assertion|claim|contention|statement|argument|suggestion|view)\s+that\s+)?([^,;:!?]{8,})/iu;

// Right after the clause's verb (or its participle), the verb of the sentence around it.
const OUTER_VERB = /^\s*(?:\p{Ll}+(?:ed|en|wn)\s+)?(?:is|are|was|were|has|have|had|does|do|did)(?:n['’]t)?\s/u;
const PERCEIVED = /^\s*(?:heard|seen|felt|smelled)\b/u;
// "Putin said he believed Washington plans more strikes" → "Does Washington plan more strikes?"
const BELIEF = /\b(?:believes?|believed|thinks|thought|fears?|feared)\s+(?:that\s+)?([^,;:!?]{8,})/iu;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Trailing attributions (", Schuster said") and dangling function words do not belong in a question.
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}(?:${SPEECH_VERB_ALTERNATION})\\b.*$|,\\s+(?:he|she|they|it)\\s+(?:${SPEECH_VERB_ALTERNATION})\\b.*$`, 'u');
// What follows a comma and opens another clause is not part of the question: ", it certainly
// wasn't …", ", meaning …"; nor is anything after a colon or a dash.
const NEXT_CLAUSE = new RegExp(
  String.raw`(?:,\s+(?:it|he|she|they|we|i|you|but|which|who|although|though|while|meaning|saying|according|as)\b|\s+and\s+(?:whether|how|what|why|when|where|who|will|would|could|may|might|is|are|was|were|${SPEECH_VERB_ALTERNATION})\b|\s+but\s+(?:that|also|not)\b|\s+(?:once|until|unless)\s|\s*[:;]\s|\s+[—–-]{1,2}\s).*$`,
  'u',
);
const DANGLING_END = /\s+(?:to|of|the|a|an|and|or|in|on|for|with|by|at|from|that|which|who|as)$/i;
// Where a long clause may end: before a coordinated, relative or subordinate clause or a prepositional
// phrase ("… and floods | that have displaced thousands").
const PHRASE_START = /^(?:and|or|but|that|which|who|whom|whose|where|when|while|after|before|because|since|amid|despite|following|as|if|than|with|without|over|into|from|in|on|at|for|during|by|through|under|between|against|about)$/i;
// A phrase starts at a clause word or preposition, or at a participle after a noun ("France |
// calling on …") — but a preposition a verb or particle takes is part of it ("calling on",
// "drawn up by").
const phraseStartsAt = (words: string[], i: number) =>
  (PHRASE_START.test(words[i]) || (/^\p{Ll}+ing$/u.test(words[i]) && (tagged(words[i - 1].replace(/\W+$/u, ''))[0]?.tags.includes('Noun') ?? false))) &&
  !/(?:ing|ed|en|wn)$|^(?:up|down|out|off|away)$/i.test(words[i - 1]) &&
  !DANGLING_END.test(` ${words[i - 1]}`);
const shorten = (clause: string) => withoutLostPurpose(cut(clause));
const cut = (clause: string) => {
  const words = untilNextClause(clause.trim().replace(TRAILING_ATTRIBUTION, '').replace(NEXT_CLAUSE, '')).replace(/[.!?,;:]+$/, '').split(/\s+/);
  const limit = MAX_WORDS - 4;
  if (words.length <= limit) return words.join(' ');
  // Cut before the last phrase that starts within the limit, never inside a phrase ("without
  // letting potentially crushing").
  let end = limit;
  while (end > 2 && !phraseStartsAt(words, end)) end--;
  let out = words.slice(0, end > 2 ? end : limit).join(' ');
  while (DANGLING_END.test(out)) out = out.replace(DANGLING_END, '');
  return out.replace(/[,;:]+$/, '');
};
// "… attacks to provoke them": the purpose, told with a pronoun whose referent the question lost.
const withoutLostPurpose = (clause: string) => clause.replace(/\s+to\s+\p{Ll}+\s+(?:them|him|her|us)$/u, '');
// "The ceasefire" and "Turning away" lose their capital inside a question; names keep theirs.
// "…for recreational uses, state retailers made $3 million": after a comma, a part with a verb
// of its own is another clause.
function untilNextClause(text: string): string {
  const parts = text.split(/(?=,\s)/);
  let out = parts[0];
  for (const part of parts.slice(1)) {
    // Only an unambiguous finite verb: compromise also reads nouns such as "attack" as present tense.
    if (tagged(part).some((t, i, all) => FINITE(t.tags) && !t.tags.includes('Infinitive') && all[i - 1]?.text !== 'to')) break;
    out += part;
  }
  return out;
}

const isAdjective = (word: string) => {
  const tags = tagged(word)[0]?.tags ?? [];
  return tags.includes('Adjective') && !tags.some((t) => /Noun|Name|Person|Place/.test(t));
};
const lowerFirst = (np: string) => {
  const [first, second] = np.split(' ');
  // "A supporter", "THE identity": a determiner in any case; "Immersive gaming": an adjective
  // capitalised only because it opened the sentence ("Walker" may be a name, so nouns keep theirs).
  if (DETERMINER.test(first) && !/^\d/.test(first)) return first.toLowerCase() + np.slice(first.length);
  const opening = /^\p{Lu}\p{Ll}+$/u.test(first) && second !== undefined && /^\p{Ll}/u.test(second);
  return opening && (/ing$/.test(first) || isAdjective(first.toLowerCase())) ? np.charAt(0).toLowerCase() + np.slice(1) : np;
};

function infinitive(verb: string): string {
  // compromise reads a lone "considered" as an adjective; in a clause it is a verb.
  const inf = nlp(verb).verbs().toInfinitive().text() || nlp(`they ${verb} it`).verbs().toInfinitive().text().split(' ')[0];
  if (inf && inf !== verb) return inf;
  return verb.replace(/ies$/, 'y').replace(/(?:ss|sh|ch|x|z)es$/, (m) => m.slice(0, -2)).replace(/([^s])s$/, '$1');
}

// The noun phrase right before the verb at `at`, back to the last clause boundary.
function subjectBefore(text: string, at: number): string | undefined {
  const head = text.slice(0, at);
  let from = 0;
  for (const m of head.matchAll(BOUNDARY_WORDS)) from = m.index! + m[0].length;
  // "Sailors also could …", "the regime itself may …": the adverb stays out of the question.
  const subject = head
    .slice(from)
    .trim()
    .replace(/(?:\s+(?:also|still|now|soon|itself|themselves|himself|herself|reportedly|\p{Ll}+ly))+$/u, '')
    // "said last week the border …": the time belongs to the saying.
    .replace(/^(?:(?:last|next|this)\s+(?:week|month|year|night|morning|\p{Lu}\p{Ll}+day)|yesterday|today|on\s+\p{Lu}\p{Ll}+day)\s+/u, '');
  // "Thompson said he has been looking into …": the pronoun is the person who said it.
  const speaker = /^(?:he|she)$/i.test(subject) ? REPORTER.exec(head)?.[1] : undefined;
  if (speaker) return speaker;
  return isSubject(subject) ? subject : undefined;
}

// A noun phrase a reader can picture: "the central bank", "North Korea", "Cooper" — not a
// pronoun, not a clause ("Researchers believe this change"), not an adverb or a conjunction
// ("even the customer", "Although it").
const REPORTER = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|told\s+\S+)\s+(?:that\s+)?(?:he|she)\s*$/u;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|some|many|most|several|both|all|no|other|more|much|few|every|each|any|such|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.]*)$/i;
// Words that open a clause or qualify one, never a noun phrase.
const NOT_OPENING = /^(?:no|my|our|your|being|having|nothing|nobody|everyone|everybody|anyone|anybody|someone|somebody|although|though|even|if|when|while|because|since|whether|what|which|who|whom|how|why|where|in|on|at|as|after|before|only|also|just|still|already|however|but|and|or|so|yet|then|now|perhaps|maybe|not)$/i;
/** `beforeVerb`: a verb follows, so a last word in -s is a plural noun ("Trump associates"). */
function isSubject(subject: string, beforeVerb = false): boolean {
  const words = subject.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 7 || /[.!?;:#"“”]|[^\x00-\u024f\u2018-\u201d\s]/u.test(subject.replace(/\b(?:\p{L}\.)+/gu, ''))) return false;
  const [first] = words;
  if (/^(?:he|she|it|they|we|i|you|this|that|there)$/i.test(first) || NOT_OPENING.test(first)) return false;
  // "some", "many": a determiner alone names no one.
  if (words.length === 1 && DETERMINER.test(first)) return false;
  if (words.length > 1 && STOPWORDS.has(words[words.length - 1].toLowerCase())) return false;
  // "the central bank", "North Korea", "armed groups", "turning away from one ship"; a finite
  // verb after the first word makes it a clause ("Researchers believe this change").
  const terms = tagged(subject);
  const nominal = DETERMINER.test(first) || /^\p{Lu}/u.test(first) || terms[0]?.tags.some((t) => /^(?:Noun|Adjective|Gerund)$/.test(t));
  const plural = (i: number) => beforeVerb && i === terms.length - 1 && /s$/.test(terms[i].text);
  return !!nominal && !terms.slice(1).some((t, i) => FINITE(t.tags) && terms[i].text !== 'to' && !plural(i + 1));
}

// "have left", "have already consulted": the perfect, not "have the capacity" nor "have to".
function isPerfect(clause: string): boolean {
  const word = /^have\s+(?:(?:already|never|not|also|just|ever|\p{Ll}+ly)\s+)*['‘’"“]?(\p{Ll}+)/u.exec(clause)?.[1];
  if (!word) return false;
  const tags = (nlp(`they have ${word}`).terms().json() as { terms: { tags: string[] }[] }[])[2]?.terms[0].tags ?? [];
  return /^(?:done|run|come)$|ed$/.test(word) || tags.includes('PastTense') || tags.includes('Participle');
}

const FINITE = (tags: string[]) => (tags.includes('PresentTense') || tags.includes('PastTense') || tags.includes('Modal')) && !tags.includes('Gerund');
/** compromise's reading of a clause, word by word. */
function tagged(text: string): { text: string; tags: string[] }[] {
  return (nlp(text).terms().json() as { terms: { text: string; tags: string[] }[] }[]).map((t) => ({ text: t.terms[0].text.toLowerCase(), tags: t.terms[0].tags }));
}

// "what the river will do this summer" → "What will the river do this summer?"; "who ordered the
// strike" and "how many people were inside" keep their order (the wh-word is, or holds, the subject).
function whQuestion(wh: string, clause: string): string | undefined {
  const c = shorten(clause);
  // "who ordered the strike", "how many people were inside": the clause needs its verb ("How
  // much of the area?" is no question).
  // "who ordered …", "how many people were …" ask for the subject; "how much it cost" does not.
  const first = c.split(/\s+/)[0];
  const holdsSubject = /^(?:who|which)$/i.test(wh) || (/^how\s+(?:many|much)$/i.test(wh) && !/^(?:it|there)$/i.test(first) && !DETERMINER.test(first));
  if (holdsSubject) return tagged(c).some((t) => FINITE(t.tags)) ? `${cap(wh)} ${c}?` : undefined;
  // The subject must be a noun phrase: in "what he plans to do with …" the "do" is no auxiliary,
  // and "What he plans …?" is no question. After "how long", "how much", an "it" or "there" is no
  // one in particular ("how long it would take" → "How long would it take?").
  const inverted = /^(.{2,50}?)\s+(will|would|can|could|may|might|should|must|is|are|was|were|has|have|had|did|does|do)\s+(.+)$/u.exec(c);
  const expletive = /^how\s/i.test(wh) && /^(?:it|there)$/i.test(inverted?.[1] ?? '');
  if (inverted && wordCount(inverted[1]) <= 6 && (expletive || isSubject(inverted[1]))) return `${cap(wh)} ${inverted[2]} ${lowerFirst(inverted[1])} ${inverted[3]}?`;
  return undefined;
}

/** Rewrites an open clause as a yes/no question: "X could soon do Y" → "Will X soon do Y?". */
export function yesNo(clause: string): string | undefined {
  // The question is neutral: "couldn’t have been handled" asks "Could … have been handled?".
  const c = clause
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/\bcan['’]t\b|\bcannot\b/gi, 'can')
    .replace(/\bwon['’]t\b/gi, 'will')
    .replace(/\b(could|would|should|can|will|is|are|was|were|has|have|had|did|does|do|may|might)(?:n['’]t|\s+not)\b/gi, '$1');
  const aux = /^(.{2,80}?)\s+(is|are|was|were|has|have|had|will|would|can|could|may|might|should)\s+(.+)$/u.exec(c);
  // "there was a camera in the room" → "Was there a camera in the room?"
  const there = /^there\s+(is|are|was|were|will be|has been|had been)\s+(.{4,})$/iu.exec(c);
  if (there) {
    const [verb, ...more] = there[1].split(' ');
    return `${cap(verb)} there ${more.length ? `${more.join(' ')} ` : ''}${shorten(there[2])}?`;
  }
  // A bare pronoun subject ("Was it functioning?") leaves the reader guessing.
  if (/^(?:it|he|she|they|this|that|we|i|you)\s/i.test(c)) return undefined;
  if (aux && isSubject(aux[1])) {
    // "Davis had a weapon": "have" as the verb itself is asked with "do".
    if (/^ha(?:s|ve|d)$/.test(aux[2]) && !isPerfect(`have ${aux[3]}`) && !/^(?:to|got)\s/.test(aux[3])) {
      const does = aux[2] === 'had' ? 'Did' : aux[2] === 'has' ? 'Does' : 'Do';
      return `${does} ${lowerFirst(aux[1])} have ${shorten(aux[3])}?`;
    }
    const speculative = ['may', 'might', 'could', 'would'].includes(aux[2]);
    const modal = speculative ? (isPerfect(aux[3]) ? 'could' : 'will') : aux[2];
    return `${cap(modal)} ${lowerFirst(aux[1])} ${shorten(aux[3])}?`;
  }
  // The first word read as a verb in the clause, after a noun phrase: not "hours" in "the hours
  // before …".
  const verbs = new Set(tagged(c).filter((t) => FINITE(t.tags)).map((t) => t.text));
  for (const verb of c.matchAll(/\s(\p{Ll}+(?:s|ed))(?=\s+(\S+))/gu)) {
    const subject = c.slice(0, verb.index);
    // compromise misses rare verbs ("augurs"); one followed by its object's determiner is one.
    const objectFollows = /^(?:a|an|the|his|her|its|their|this|that|these|those)$/i.test(verb[2]);
    // "Trump associates coordinated": a verb right after it makes the first word a noun.
    const verbFollows = verbs.has(verb[2]) && /^\p{Ll}+(?:s|ed)$/u.test(verb[2]);
    // "Trump's alleged efforts": a possessive owns a noun; "temperature rises … could result": a
    // modal later on is the clause's verb.
    const possessive = /['’]s$/.test(subject);
    const modalLater = /^[^,]*?\s(?:would|could|will|may|might|can|should|must)\s/.test(c.slice(verb.index! + verb[0].length));
    if (!(verbs.has(verb[1]) || objectFollows) || verbFollows || possessive || modalLater || subject.length > 80 || !isSubject(subject, true)) continue;
    const past = verb[1].endsWith('ed');
    return `${past ? 'Did' : 'Does'} ${lowerFirst(subject)} ${infinitive(verb[1])} ${shorten(c.slice(verb.index! + verb[0].length))}?`;
  }
  return undefined;
}

/** The open question a sentence raises, if any. Exported for tests. */
export function questionOf(sentence: string): Pick<QuestionDraft, 'text' | 'kind'> | undefined {
  const q = askedBy(sentence);
  // "than you think", "because we really do know": the writer's voice, not the story's question.
  return q && !PERSONAL.test(q.text) ? q : undefined;
}

function askedBy(sentence: string): Pick<QuestionDraft, 'text' | 'kind'> | undefined {
  const s = sentence.replace(/[“”"]/g, '').replace(INSERTED, '');
  let m = UNCLEAR_NP.exec(s);
  if (m) return { text: `What is ${lowerFirst(m[1])}?`, kind: 'unresolved' };
  m = UNCLEAR_WH.exec(s);
  const wh = m && whQuestion(m[1], m[2]);
  if (wh) return { text: wh, kind: 'unresolved' };
  m = UNCONFIRMED_NP.exec(s);
  if (m) return { text: `What is ${lowerFirst(m[1].trim())}?`, kind: 'unresolved' };
  m = AHEAD_OF.exec(s);
  if (m) return { text: `What will come of the ${shorten(m[1])}?`, kind: 'upcoming' };
  m = CONSIDERING.exec(s);
  if (m) {
    const subject = subjectBefore(s, m.index);
    if (subject) return { text: `What will ${lowerFirst(subject)} decide about ${shorten(m[1])}?`, kind: 'unresolved' };
  }
  m = YET_TO.exec(s);
  if (m) {
    const subject = subjectBefore(s, m.index);
    if (subject) return { text: `Will ${lowerFirst(subject)} ${m[1]} ${shorten(s.slice(m.index + m[0].length))}?`.replace(/\s+\?$/, '?'), kind: 'unresolved' };
  }
  m = DOUBT.exec(s);
  if (m) {
    const q = yesNo(m[1]);
    if (q) return { text: q, kind: 'disputed' };
  }
  m = CAUSE_OF.exec(s);
  if (m) return { text: `What caused ${lowerFirst(shorten(m[1]))}?`, kind: 'unresolved' };
  m = WHETHER.exec(s) ?? ASKED_IF.exec(s);
  if (m) {
    const q = yesNo(m[1].replace(OUTER_PREDICATE, ''));
    if (q) return { text: q, kind: 'unresolved' };
  }
  m = BELIEF.exec(s);
  // "the traits he thought the senator should possess": a clause missing its object asks nothing.
  const q = m && yesNo(m[1]);
  const words = q ? tagged(q.slice(0, -1)) : [];
  const objectless = words.at(-1)?.tags.includes('Infinitive') && words.at(-2)?.text !== 'to';
  if (q && !objectless) return { text: q, kind: 'unresolved' };
  m = UNTIL.exec(s);
  let subject = m && subjectBefore(s, m.index);
  if (m && subject) return { text: `${/^should$/i.test(m[1]) ? 'Will' : 'When will'} ${lowerFirst(subject)} be ${m[2]}?`, kind: 'unresolved' };
  m = WOULD_IF.exec(s);
  subject = m && subjectBefore(s, m.index);
  if (m && subject) return { text: `Will ${lowerFirst(subject)} be ${m[1]}?`, kind: 'unresolved' };
  m = WOULD_PROMISE.exec(s);
  // "For months, Walker confidently said he would not launch …": the speaker is the noun phrase
  // after the last comma, without its adverb.
  const speaker = m?.[1].split(/,\s*/).pop()!.replace(/\s+\p{Ll}+ly$/u, '');
  if (m && speaker && wordCount(speaker) <= 4 && /^\p{Lu}/u.test(speaker)) return { text: `Will ${speaker} ${m[2]} ${shorten(m[3])}?`, kind: 'upcoming' };
  m = HOPES_FOR.exec(s);
  if (m) return { text: `Will there be ${shorten(m[1])}?`, kind: 'upcoming' };
  m = SET_TO.exec(s);
  if (m) {
    const subject = subjectBefore(s, m.index);
    if (subject) return { text: `Will ${lowerFirst(subject)} ${m[1]} ${shorten(s.slice(m.index + m[0].length))}?`.replace(/\s+\?$/, '?'), kind: 'upcoming' };
  }
  m = MODAL.exec(s);
  if (!m) return undefined;
  let verb = m[2];
  let rest = s.slice(m.index + m[0].length);
  let adverb = /\bsoon\b/.test(m[0]) ? 'soon ' : '';
  // "may finally have gone", "will legally purchase" (but "will rely"): the adverb stays with its verb.
  const next = /^\s+(\p{Ll}+)\b/u.exec(rest);
  if (next && /ly$/.test(verb) && tagged(verb)[0]?.tags.includes('Adverb')) {
    adverb += `${verb} `;
    verb = next[1];
    rest = rest.slice(next[0].length);
  } else if (next && verb === 'never') {
    // "may never make" is asked neutrally: "Will … make …?"
    verb = next[1];
    rest = rest.slice(next[0].length);
  }
  // "would not confirm" reports a refusal, not an open question; "shooting could be heard"
  // reports what was heard; a clause that is the subject of another verb ("regulations needed
  // before the sales could start weren't approved") asks nothing.
  if (m[1] === 'would' || m[1] === 'can' || verb === 'not' || (verb === 'be' && PERCEIVED.test(rest)) || OUTER_VERB.test(rest)) return undefined;
  subject = subjectBefore(s, m.index);
  if (!subject) return undefined;
  // "may be carrying them out" asks about now: "Is the regime carrying them out …?"
  if (m[1] !== 'will' && verb === 'be' && /^\s*\p{Ll}+ing\b/u.test(rest)) {
    return { text: `${nlp(subject).nouns().isPlural().found ? 'Are' : 'Is'} ${lowerFirst(subject)} ${adverb}${shorten(rest)}?`, kind: 'unresolved' };
  }
  // "could have left" speculates about the past: "Could … have left …?"
  const ask = verb === 'have' && isPerfect(`have${rest}`) ? 'Could' : 'Will';
  return { text: `${ask} ${lowerFirst(subject)} ${adverb}${verb} ${shorten(rest)}?`.replace(/\s+\?$/, '?'), kind: m[1] === 'will' ? 'upcoming' : 'unresolved' };
}

const CUE = new RegExp(`\\b(?:${[...cues.unresolved, ...cues.upcoming, ...cues.disputed].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
const hasCue = (s: Sentence) => CUE.test(s.text);

// Two actors whose positions share their subject and one of them contests ("maintains", "instead").
function disputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const pairs = new Set<string>();
  const contested = ctx.positions.filter((p) =>
    p.evidence.some((e) => {
      const words = e.text.toLowerCase().split(/\W+/);
      return words.some((w) => DISPUTE_VERBS.has(w) || cues.disputed.includes(w));
    }),
  );
  // Computed once: each position's terms and each actor's name terms.
  const termsOf = new Map(ctx.positions.map((p) => [p, p.sentences.flatMap((i) => ctx.sentences[i].terms)]));
  const termSetOf = new Map([...termsOf].map(([p, t]) => [p, new Set(t)]));
  const nameTerms = new Map<number, string[]>();
  const namesOf = (a: number) => {
    if (!nameTerms.has(a)) nameTerms.set(a, [...ctx.actors[a].aliases, ctx.actors[a].name].flatMap((n) => contentTerms(n)));
    return nameTerms.get(a)!;
  };
  for (const p of contested) {
    const pTerms = termsOf.get(p)!;
    const pDistinct = [...termSetOf.get(p)!];
    for (const o of ctx.positions) {
      if (o === p || o.actor === p.actor) continue;
      const pair = [p.actor, o.actor].sort((x, y) => x - y).join('-');
      if (pairs.has(pair)) continue;
      const oSet = termSetOf.get(o)!;
      // Cheap test first: most pairs share fewer than two terms.
      if (pDistinct.filter((t) => oSet.has(t)).length < 2 || affiliated(ctx, p.actor, o.actor)) continue;
      const oTerms = termsOf.get(o)!;
      const names = new Set([...namesOf(p.actor), ...namesOf(o.actor)]);
      const shared = pDistinct.filter((t) => oSet.has(t) && !names.has(t));
      if (shared.length < 2 || containment(pTerms, oTerms) < 0.2) continue;
      const a = called(ctx.actors[p.actor]);
      const b = called(ctx.actors[o.actor]);
      const sentences = [p.sentences[0], o.sentences[0]];
      // The matter as the contested sentence names it: the shortest noun phrase holding a shared
      // word ("chemical weapons", "the short-term bill"), not a bag of words.
      const matter = matterOf(ctx.sentences[sentences[0]].text, shared, names);
      if (!matter) continue;
      pairs.add(pair);
      out.push({ text: `Who is right about ${matter}: ${a} or ${b}?`, kind: 'disputed', actors: [p.actor, o.actor], sentences });
      break;
    }
  }
  return out;
}

// "the attack was carried out and planned by the regime forces": a claim about who did it.
const AGENCY = /\b(the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:attack|attacks|strike|strikes|bombing|shooting|hack|hacking|killing|killings|massacre|explosion|blast|poisoning|assault|leak|collision|fire|crash))\s+(?:was|were|had been|has been)\s+(carried out|planned|ordered|launched|committed|staged|caused|perpetrated|conducted|orchestrated)(?:\s+and\s+\p{Ll}+)?\s+by\b/iu;
const CONTESTS = (text: string) => text.toLowerCase().split(/\W+/).some((w) => DISPUTE_VERBS.has(w) || cues.disputed.includes(w));

// One actor says who did it; another, not on its side, contests the account of the same event
// (in its sentence or the one before): "Who carried out the attack?"
function agencyDisputes(ctx: Context): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const p of ctx.positions) {
    const claim = p.sentences.map((i) => AGENCY.exec(ctx.sentences[i].text)).find(Boolean);
    if (!claim) continue;
    const event = claim[1].split(/\s+/).pop()!.toLowerCase();
    const rivals = ctx.positions.filter((o) => {
      if (o.actor === p.actor || affiliated(ctx, p.actor, o.actor)) return false;
      return o.sentences.some((i) => {
        const s = ctx.sentences[i];
        const before = ctx.sentences[i - 1];
        const context = s.text + (before && before.paragraph === s.paragraph ? ` ${before.text}` : '');
        return CONTESTS(s.text) && new RegExp(`\\b${event}\\b`, 'i').test(context);
      });
    });
    const rival = rivals.sort((x, y) => ctx.actors[y.actor].salience - ctx.actors[x.actor].salience)[0];
    if (!rival) continue;
    out.push({ text: `Who ${claim[2].toLowerCase()} ${lowerFirst(claim[1])}?`, kind: 'disputed', actors: [p.actor, rival.actor], sentences: [p.sentences[0], rival.sentences[0]] });
  }
  return out;
}

// A matter is a thing: a phrase ending in a person ("the close former associate", "the victim"),
// a name ("the father John") or a gesture ("the boyfriend dancing") is none.
const isMatter = (np: string, names: Set<string>) => {
  const words = np.split(/\s+/);
  const head = words[words.length - 1];
  const terms = contentTerms(np);
  return (
    wordCount(np) <= 5 &&
    /^\p{Ll}/u.test(np) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(head) &&
    !/ing$/.test(head) &&
    !/['’]s\b|\b(?:his|her|their|its|in a statement|night|week|day|year)\b/.test(np) &&
    !/^(?:outside|inside|after|before|during|near|over|under|about|around|between)$/.test(words[0]) &&
    // The head, or the noun a phrase qualifies ("the woman in question").
    ![head, words[0]].some((w) => TITLE_HEADS.has(w) || GROUP_NOUNS.has(w) || UNNAMED_PERSONS.has(w) || PERSON_NOUNS.has(w) || KIN.has(w)) &&
    !terms.some((t) => names.has(t)) &&
    // Two content words at least: "the administration" or "the country" names no matter.
    terms.length >= 2
  );
};
function matterOf(sentence: string, shared: string[], names: Set<string>): string | undefined {
  const phrases = (nlp(sentence.replace(/[“”"]/g, '')).nouns().out('array') as string[])
    .map((np) => np.replace(/^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s+/i, '').replace(/[,.;:!?]+$/, '').trim())
    .filter((np) => np && isMatter(np, names) && contentTerms(np).some((t) => shared.includes(t)));
  const np = phrases.sort((x, y) => wordCount(x) - wordCount(y))[0];
  return np && `the ${np}`;
}

// Two actors on the same side: a president and his country, a spokesman and his agency.
function affiliated(ctx: Context, x: number, y: number): boolean {
  const [a, b] = [ctx.actors[x], ctx.actors[y]];
  const tied = (p: typeof a, q: typeof b) =>
    [...p.roles.keys()].join(' ').split(/\s+/).some((w) => countryOfDemonym(w) === q.name || countryOf(w) === q.name || (w.length > 2 && q.name.split(' ').includes(w)));
  // "the White House" and the president it speaks for.
  const office = (p: typeof a, q: typeof b) => {
    const title = OFFICES.get(p.name);
    return !!title && [...q.roles.keys()].some((r) => r.toLowerCase().includes(title));
  };
  return tied(a, b) || tied(b, a) || office(a, b) || office(b, a);
}

// "Will the Council vote on a draft resolution …?" is answered by "Russia vetoed a … resolution …".
const GENERIC_VERBS = /^(?:be|have|do|get|make|take|go|come|say|see)$/;
// The question's own verb, right after its subject: not "… and the intention is that it will pass".
const DECISION = /^Will\s+(?:\S+\s+){1,6}?(?:vote|decide|rule|adopt|approve|pass|reject)\b/u;
const OUTCOME = /\b(?:voted|vetoed|adopted|approved|passed|rejected|blocked|ruled)\b/i;
const SPECULATIVE = /\b(?:may|might|could|will|whether)\b/i;

function outcomeOf(ctx: Context, q: QuestionDraft): QuestionDraft['answer'] {
  const terms = contentTerms(q.text);
  const asked = q.sentences[0];
  // The question is short; the sentence that asked it says what the vote is about.
  const context = new Set(ctx.sentences[asked].terms);
  // What is decided on must be there too: "adopted the Common Core standards" is not "adopt the guidelines".
  const object = contentTerms(q.text.replace(DECISION, ''));
  for (const s of ctx.sentences) {
    if (s.noise || s.index === asked || !OUTCOME.test(s.text) || SPECULATIVE.test(s.text)) continue;
    if (object.length && !object.some((t) => s.terms.includes(t))) continue;
    const shared = terms.filter((t) => s.terms.includes(t)).length;
    if (shared >= 2 || (shared >= 1 && s.terms.filter((t) => context.has(t)).length >= 3)) return { text: s.text, sentence: s.index };
  }
  return undefined;
}

// When it happens is no part of what is asked about ("later that day", "next week").
const WHEN_WORDS = /^(?:later|earlier|day|week|month|year|today|tonight|tomorrow|next|soon|morning|afternoon|evening|night|\p{Ll}+day)$/u;

// An institution named by a common noun takes its article: "the White House", "the State
// Department"; "Russia" and "NYPD" do not.
const called = (a: { name: string; type: string }) =>
  a.type === 'organization' && /^(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(a.name) && (ORG_HEADS.has(a.name.split(' ').pop()!.toLowerCase()) || /\sHouse$/.test(a.name)) ? `the ${a.name}` : a.name;

// A later sentence that reports the thing as done ("He met with … Putin") answers the question.
function answerOf(ctx: Context, q: QuestionDraft): QuestionDraft['answer'] {
  if (DECISION.test(q.text)) return outcomeOf(ctx, q);
  const verb = /^Will \S.*?\s(\p{Ll}+)\b/u.exec(q.text);
  // "Will X be …", "make …": "was" and "made" turn up everywhere without answering anything.
  if (!verb || q.actors.length === 0 || GENERIC_VERBS.test(verb[1])) return undefined;
  const forms = nlp(verb[1]).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!forms?.PastTense) return undefined;
  const done = new RegExp(`\\b(?:${forms.PastTense}|(?:is|are|was|were) ${forms.Gerund})\\b`, 'i');
  const asked = q.sentences[0];
  // …and to the thing asked about: "bought WhatsApp" does not answer "Will Facebook buy goodwill?"
  // (a person asked about may stand as a pronoun: "He met with … Putin").
  const names = new Set(q.actors.flatMap((a) => contentTerms([ctx.actors[a].name, ...ctx.actors[a].aliases].join(' '))));
  const object = contentTerms(q.text.slice(verb.index + verb[0].length)).filter((t) => !names.has(t) && !WHEN_WORDS.test(t));
  for (const s of ctx.sentences) {
    const m = done.exec(s.text);
    if (s.noise || s.index === asked || !m || /\b(?:may|might|could|will|whether)\b/i.test(s.text)) continue;
    if (object.length && !object.some((t) => s.terms.includes(t))) continue;
    // One of the question's actors (or a pronoun for one) must be who did it: "McCullum stopped
    // working … before the images appeared" does not answer "Will McCullum appear in court?".
    // A pronoun counts only in a sentence that names one of them ("He met with … Putin").
    const named = mentionsOf(ctx, s.index).filter((x) => q.actors.includes(x.actor!));
    const doer = named.some((x) => x.end - s.start <= m.index && /^\s*(?:\p{Ll}+ly\s+)?$/u.test(s.text.slice(x.end - s.start, m.index)));
    if (doer || (named.length > 0 && /\b(?:he|she|they)\s+(?:\p{Ll}+ly\s+)?$/iu.test(s.text.slice(0, m.index)))) return { text: s.text, sentence: s.index };
  }
  return undefined;
}

// One question, nothing else: no second sentence run into it, no hashtag, no broken character,
// no bracket left open.
const count = (q: string, c: string) => q.split(c).length - 1;
const tidy = (q: string) => !/[.!?;]\s+\S|#|\uFFFD|\s[,;:]/u.test(q.slice(0, -1).replace(/\b(?:\p{L}\.)+/gu, '')) && count(q, '(') === count(q, ')');

export function questions(ctx: Context): void {
  const drafts: QuestionDraft[] = [];
  const seen = new Set<string>();
  for (const s of ctx.sentences) {
    if (drafts.length >= MAX_CANDIDATES) break;
    if (s.noise || !hasCue(s)) continue;
    const q = questionOf(s.text);
    if (!q || wordCount(q.text) > 25 || seen.has(q.text) || !tidy(q.text)) continue;
    const terms = contentTerms(q.text);
    if (drafts.some((d) => containment(contentTerms(d.text), terms) >= 0.8 || containment(terms, contentTerms(d.text)) >= 0.8)) continue;
    seen.add(q.text);
    const actors = [...new Set(mentionsOf(ctx, s.index).map((m) => m.actor!))];
    drafts.push({ ...q, actors, sentences: [s.index] });
  }
  drafts.push(...agencyDisputes(ctx), ...disputes(ctx));
  for (const q of drafts) q.answer = answerOf(ctx, q);
  ctx.questions = drafts;
}
