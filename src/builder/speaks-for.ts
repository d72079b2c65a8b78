// A spokesperson's words are the position of the body they speak for: editors credit "EPA
// spokeswoman Dana Hirsch told The Ledger …" to the EPA as often as to Hirsch, and a reader asking what
// the EPA holds finds it there.
// So do the words of who heads the body ("IRS Commissioner Paul Hendry said …"): editors credit
// the agency with what its head announces.
import speech from './data/speech-verbs.json';
import { type Attribution, type Context } from './types.js';
import { namesOf } from '../format/names.js';
import { mentionsOf } from './mentions-of.js';
import { occurrences } from './text/tokens.js';
import { phrases } from './text/phrases.js';

const SPOKESPERSON = new RegExp(String.raw`\b(?:${phrases(speech.spokespersons)})\b`, 'i');
const HEAD = `(?:(?:${speech.heads.ranks.join('|')})\\s+)*(?:${speech.heads.titles.join('|')})`;
// What stands around the body's name in a head's title, matched apart from the name: a regular
// expression built from a name (any text) can be too large to compile.
// The body after "of" opens on a word: a run of spaces is not split between it and what follows.
const HEAD_BEFORE_NAME = new RegExp(String.raw`^${HEAD}(?:\s+(?:of|for)\s+(?!\s)[^,]{1,60}?)?\s+(?:of|at|for|with)\s+(?:the\s+)?(?:(?:\p{L}+-based|\p{Ll}+)\s+){0,2}$`, 'iu');
const HEAD_AFTER_NAME = new RegExp(String.raw`^(?:['’]s?)?\s+${HEAD}$`, 'iu');

/** Whether `text` holds `name` as whole words: an acronym only as written ("US" is not "us"), a name in any case ("Health department"). */
const holdsName = (text: string, name: string) => (name === name.toUpperCase() ? occurrences(text, name) : occurrences(text.toLowerCase(), name.toLowerCase())) > 0;

// A body named once, only in a spokesperson's title, is no actor of the story: its card would add one.
const isBody = (ctx: Context, actor: number) => (ctx.actors[actor].type === 'organization' || ctx.actors[actor].type === 'country') && ctx.actors[actor].mentions.length > 1;

/** The body whose name a role holds, the longest name first: "spokesman for the Ohio Department of Health", "CDC spokesman". */
export function bodyNamedIn(ctx: Context, role: string): number | undefined {
  let best: number | undefined;
  let length = 0;
  for (const a of ctx.actors) {
    if (!isBody(ctx, a.index)) continue;
    for (const name of namesOf(a)) {
      if (name.length <= length || name.length < 2) continue;
      if (!holdsName(role, name)) continue;
      best = a.index;
      length = name.length;
    }
  }
  return best;
}

/**
 * The body whose head a role makes its holder, when the role is that and nothing more: "IRS
 * Commissioner", "deputy commissioner for child care at the Department of Youth and Family
 * Services", "head of the Paris-based Sahel Observatory"; not "son of House Rules Committee
 * Chairman Tom Ashby", "Senate Budget Committee Chairman" (the Senate), "chief White House
 * budget adviser".
 */
export function bodyHeadedIn(ctx: Context, role: string): number | undefined {
  for (const a of ctx.actors) {
    if (a.type !== 'organization' || !isBody(ctx, a.index)) continue;
    for (const name of namesOf(a)) {
      if (name.length < 2 || name.length >= role.length) continue;
      // The name as written, an acronym in capitals ("NSA", not "nsa").
      const acronym = name === name.toUpperCase();
      const is = (text: string) => (acronym ? text === name : text.toLowerCase() === name.toLowerCase());
      const headOf = is(role.slice(-name.length)) && HEAD_BEFORE_NAME.test(role.slice(0, -name.length));
      const namesHead = [role, role.replace(/^the\s+/iu, '')].some((r) => is(r.slice(0, name.length)) && HEAD_AFTER_NAME.test(r.slice(name.length)));
      if (headOf || namesHead) return a.index;
    }
  }
  return undefined;
}

/**
 * The body the speaker of `at` speaks for: the one their role names (beside them in the sentence,
 * else anywhere in the cluster), else, for a role that names none ("spokeswoman Ann Kiley"), the
 * body named last before them in the sentence ("Asked why the DEQ …, spokeswoman Ann Kiley said"),
 * outside the words they are quoted saying.
 */
export function speaksFor(ctx: Context, at: Attribution): number | undefined {
  const speaker = ctx.actors[at.actor];
  if (speaker.type !== 'person') return undefined;
  const inSentence = mentionsOf(ctx, at.sentence);
  const own = inSentence.filter((m) => m.actor === at.actor);
  const roles = [...own.map((m) => m.role ?? ''), ...[...speaker.roles.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r)].filter((r) => SPOKESPERSON.test(r));
  // A head speaks for the body they head, unless they once did ("former FBI Director").
  if (!roles.length) {
    const all = [...own.map((m) => m.role ?? ''), ...speaker.roles.keys()];
    if (all.some((r) => /\bformer\b/i.test(r))) return undefined;
    return all.map((r) => bodyHeadedIn(ctx, r)).find((b) => b !== undefined);
  }
  for (const role of roles) {
    const body = bodyNamedIn(ctx, role);
    if (body !== undefined) return body;
  }
  const first = own[0];
  // …not one the quote itself names: a spokesperson speaks of their own body as "we", so a body
  // the quoted words name is one they speak about ("… Congress should pass a stopgap," the aide said).
  const quoted = (m: { start: number; end: number }) => at.kind === 'direct' && m.start >= at.start && m.end <= at.end;
  return first && inSentence.filter((m) => m.end <= first.start && isBody(ctx, m.actor!) && !quoted(m)).pop()?.actor;
}
