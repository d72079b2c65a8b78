// A spokesperson's words are the position of the body they speak for: editors credit "EPA
// spokeswoman Monica Lee told The News …" to the EPA as often as to Lee, and a reader asking what
// the EPA holds finds it there.
import speech from './data/speech-verbs.json';
import type { Attribution, Context } from './types.js';
import { mentionsOf } from './mentions-of.js';

const SPOKESPERSON = new RegExp(String.raw`\b(?:${speech.spokespersons.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})\b`, 'i');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A body named once, only in a spokesperson's title, is no actor of the story: its card would add one.
const isBody = (ctx: Context, actor: number) => (ctx.actors[actor].type === 'organization' || ctx.actors[actor].type === 'country') && ctx.actors[actor].mentions.length > 1;

/** The body whose name a role holds, the longest name first: "spokesman for the New York City Department of Health", "CDC spokesman". */
export function bodyNamedIn(ctx: Context, role: string): number | undefined {
  let best: number | undefined;
  let length = 0;
  for (const a of ctx.actors) {
    if (!isBody(ctx, a.index)) continue;
    for (const name of [a.name, ...a.aliases]) {
      if (name.length <= length || name.length < 2) continue;
      // An acronym only as written ("US" is not "us"); a name in any case ("Health department").
      const flags = name === name.toUpperCase() ? 'u' : 'iu';
      if (!new RegExp(String.raw`(?:^|[^\p{L}])${escape(name)}(?:$|[^\p{L}])`, flags).test(role)) continue;
      best = a.index;
      length = name.length;
    }
  }
  return best;
}

/**
 * The body the speaker of `at` speaks for: the one their role names (beside them in the sentence,
 * else anywhere in the cluster), else, for a role that names none ("spokeswoman Mel Brown"), the
 * body named last before them in the sentence ("Asked why the DEQ …, spokeswoman Mel Brown said").
 */
export function speaksFor(ctx: Context, at: Attribution): number | undefined {
  const speaker = ctx.actors[at.actor];
  if (speaker.type !== 'person') return undefined;
  const inSentence = mentionsOf(ctx, at.sentence);
  const own = inSentence.filter((m) => m.actor === at.actor);
  const roles = [...own.map((m) => m.role ?? ''), ...[...speaker.roles.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r)].filter((r) => SPOKESPERSON.test(r));
  if (!roles.length) return undefined;
  for (const role of roles) {
    const body = bodyNamedIn(ctx, role);
    if (body !== undefined) return body;
  }
  const first = own[0];
  return first && inSentence.filter((m) => m.end <= first.start && isBody(ctx, m.actor!)).pop()?.actor;
}
