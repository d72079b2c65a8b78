// Answers: a question the cluster itself settles moves to `resolved`, with the sentence that
// settles it.
import { type Context, type QuestionDraft } from '../../types.js';
import { namesOf } from '../../../format/names.js';
import { contentTerms } from '../../text/tokens.js';
import { mentionsOf } from '../../mentions-of.js';
import { verbForms } from '../../lexicon.js';
import { patternWith, phrases } from '../../text/phrases.js';
import lists from '../../data/open-questions.json';

const { answers } = lists;

// "Will the Council vote on a draft resolution …?" is answered by "Russia vetoed a … resolution …".
const GENERIC_VERBS = new RegExp(`^(?:${phrases(answers.genericVerbs)})$`);
// The question's own verb, right after its subject: not "… and the hope is that it will pass".
const DECISION = new RegExp(String.raw`^Will\s+(?:\S+\s+){1,6}?(?:${phrases(answers.decisions)})\b`, 'u');
// (pending-passive) "until the bill is passed", "if the changes are approved": the present
// passive tells a step still to come or a habit, not an outcome.
const OUTCOME = new RegExp(`\\b(?<!\\b(?:${phrases(answers.notDone)})\\s)(?:${phrases(answers.decided)})\\b`, 'i');
const SPECULATIVE = new RegExp(`\\b(?:${phrases(answers.speculative)})\\b`, 'i');

function outcomeOf(ctx: Context, q: QuestionDraft): QuestionDraft['answer'] {
  const terms = contentTerms(q.text);
  const asked = q.sentences[0];
  // The question is short; the sentence that asked it says what the vote is about.
  const context = new Set(ctx.sentences[asked].terms);
  // What is decided on must be there too: "adopted the new zoning rules" is not "adopt the guidelines".
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
const WHEN_WORDS = new RegExp(String.raw`^(?:${phrases(answers.when)}|\p{Ll}+day)$`, 'u');

// A later sentence that reports the thing as done ("He met with … Putin") answers the question.
export function answerOf(ctx: Context, q: QuestionDraft): QuestionDraft['answer'] {
  if (DECISION.test(q.text)) return outcomeOf(ctx, q);
  const verb = /^Will \S.*?\s(\p{Ll}+)\b/u.exec(q.text);
  // "Will X be …", "make …": "was" and "made" turn up everywhere without answering anything.
  if (!verb || q.actors.length === 0 || GENERIC_VERBS.test(verb[1])) return undefined;
  const forms = verbForms(verb[1]);
  if (!forms?.PastTense) return undefined;
  const done = patternWith([forms.PastTense, forms.Gerund ?? ''], () => `\\b(?:${forms.PastTense}|(?:is|are|was|were) ${forms.Gerund})\\b`, 'i');
  const asked = q.sentences[0];
  // …and to the thing asked about: "bought WhatsApp" does not answer "Will Facebook buy goodwill?"
  // (a person asked about may stand as a pronoun: "He met with … Putin").
  const names = new Set(q.actors.flatMap((a) => contentTerms(namesOf(ctx.actors[a]).join(' '))));
  const object = contentTerms(q.text.slice(verb.index + verb[0].length)).filter((t) => !names.has(t) && !WHEN_WORDS.test(t));
  for (const s of ctx.sentences) {
    const m = done.exec(s.text);
    if (s.noise || s.index === asked || !m || SPECULATIVE.test(s.text)) continue;
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