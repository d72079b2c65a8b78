// Groups mentions into actors (surnames, transliterations, acronyms, capitals standing for
// governments), picks each actor's name, type and role, and ranks them by salience.
import type { Context, Mention } from '../../types.js';
import { phrases } from '../../text/phrases.js';
import { completeRole, roleStory } from '../../actor-roles.js';
import { SPEECH_VERBS, STOCK_EXCHANGES } from '../../lexicon.js';
import { clusterMentions } from './grouping.js';
import { describedActors, describedBeforeFullName, lendFromAsides } from './described.js';
import { bestRole, canonicalName, withAge } from './naming.js';
import { BE_OR_HAVE, actsOrOwns, institutionActs, isInstitution, opensSentence, readStory, textOf, verbAfter, verbNext, writtenAfterAPlace } from './reading.js';
import { NOT_ACTOR_RULES } from './not-actor.js';
import { typeBodies, typePeoples } from './bodies.js';
import { mergeAliases, nameHouseholds } from './aliases.js';
import { mergeActors } from './merges.js';
import { ownersOfPronounRoles, writtenAsKin } from './kin.js';
import { salienceOf } from './salience.js';
import { recoverFullNames } from './full-names.js';
import { textAfter, textBefore } from '../../text/window.js';

export { clusterMentions } from './grouping.js';
export { DESCRIBED_ACTOR_RULES, describedActors, describedBeforeFullName, lendFromAsides } from './described.js';
export { editDistance } from '../../name-compare.js';
export { bestRole } from './naming.js';
export { NOT_ACTOR_RULES } from './not-actor.js';
export { BODY_RULES, PEOPLE_RULES } from './bodies.js';
export { ALIAS_RULES, nameHouseholds } from './aliases.js';
export { MERGE_RULES } from './merges.js';
export { SHORTER_FORMS } from './organisations.js';
export { SALIENCE_TERMS } from './salience.js';
export { FULL_NAME_RULES } from './full-names.js';

/** The sentence `back` sentences before a mention's, '' past its article's first. */
const sentenceBack = (ctx: Context, m: Mention, back: number) => (ctx.sentences[m.sentence - back]?.doc === ctx.sentences[m.sentence].doc ? ctx.sentences[m.sentence - back].text : '');

const ACRONYM_AFTER = new RegExp(String.raw`^\s*\((?:(?:${phrases(STOCK_EXCHANGES)})\s*:\s*)?([\p{Lu}&.]{2,8})\)`, 'u');

export function actors(ctx: Context): void {
  recoverFullNames(ctx);
  // Names that say something ("Mattis told reporters") are people even without a first name.
  const speakers = new Set<string>();
  for (const m of ctx.mentions) {
    const doc = ctx.docs[ctx.sentences[m.sentence].doc].text;
    const next = /^\s+(\p{L}+)/u.exec(textAfter(doc, m, 30))?.[1];
    if (next && SPEECH_VERBS.has(next.toLowerCase())) speakers.add(m.name);
  }
  const story = readStory(ctx);
  // "Harbour Ferry Company (HFC)": an acronym introduced in parentheses.
  const acronyms = new Map<string, string>();
  for (const m of ctx.mentions) {
    // "Harbor Coffee (NASDAQ:HBRC)": or its ticker, with the exchange's name.
    const paren = ACRONYM_AFTER.exec(textAfter(textOf(ctx, m), m, 24));
    if (paren && !acronyms.has(paren[1])) acronyms.set(paren[1], m.name);
  }
  describedBeforeFullName(ctx.mentions, (m) => opensSentence(ctx, m));
  const clustered = clusterMentions(
    ctx.mentions,
    speakers,
    acronyms,
    (m) => actsOrOwns(textOf(ctx, m), m),
    (m) => /\bthe\s+$/i.test(textBefore(textOf(ctx, m), m, 5)),
    (a) => {
      // "the Hornets won", "Tarrow Hornets": a word mostly written after "the", that does
      // something other than be or have there, and that the articles also write after a place, is a team
      // (or a club) named for its place, whatever ordinary word it is.
      const afterThe = a.mentions.filter((m) => /\bthe\s+$/i.test(textBefore(textOf(ctx, m), m, 5)));
      const does = (m: Mention) => {
        const after = textAfter(textOf(ctx, m), m, 40);
        return verbAfter(after) && !BE_OR_HAVE.has(verbNext(after) ?? '');
      };
      return afterThe.length * 2 > a.mentions.length && afterThe.some(does) && ctx.docs.some((d) => writtenAfterAPlace(d.text, a.name));
    },
    // The story is about an actor it names only by what it is ("police said …") when it has it
    // act or speak in three sentences, in more than one article.
    (a) => new Set(a.mentions.map((m) => m.sentence)).size >= 3 && new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size >= 2,
    writtenAsKin(ctx),
    (m) => opensSentence(ctx, m),
    (m) => ctx.sentences[m.sentence].doc,
  );
  mergeAliases(clustered, ctx.mentions, (m) => textOf(ctx, m));
  story.drafts = clustered;
  mergeActors(story);
  const drafts = clustered.filter((a) => a.mentions.length > 0).filter((a) => {
    if (!NOT_ACTOR_RULES.some((r) => r.match(a, story))) return true;
    for (const m of a.mentions) m.actor = undefined;
    return false;
  });
  typeBodies(drafts, (m) => textOf(ctx, m));
  typePeoples(drafts);
  describedActors(ctx, drafts);
  for (const a of drafts) {
    a.name = canonicalName(a);
    a.salience = salienceOf({
      mentions: a.mentions.length,
      sources: new Set(a.mentions.map((m) => ctx.sentences[m.sentence].doc)).size,
      early: a.mentions.filter((m) => ctx.sentences[m.sentence].position < 3).length,
      roles: a.roles.size,
    });
    if (isInstitution(a.name)) a.acts = a.mentions.some((m) => institutionActs(textOf(ctx, m), m));
  }
  nameHouseholds(ctx, drafts);
  const max = Math.max(1, ...drafts.map((a) => a.salience));
  for (const a of drafts) a.salience = a.salience / max;
  drafts.sort((x, y) => y.salience - x.salience || (x.name < y.name ? -1 : 1));
  // Renumber so that ids follow rank; mentions keep pointing at the right actor.
  const renumber = new Map(drafts.map((a, i) => [a.index, i]));
  for (const m of ctx.mentions) if (m.actor !== undefined) m.actor = renumber.get(m.actor);
  drafts.forEach((a, i) => (a.index = i));
  lendFromAsides(drafts, ctx.asides ?? []);
  // A bare role ("wife") that a "his" or "her" before it owns, with whose it is.
  const owned = ownersOfPronounRoles(ctx, drafts);
  // What the whole cluster says of a person completes the role one mention gave.
  const cluster = roleStory(ctx.docs.map((d) => d.text));
  const chosenRoles = new Map(drafts.map((a) => [a, bestRole(a)]));
  for (const a of drafts) {
    const chosen = chosenRoles.get(a)!;
    const role = withAge(chosen, a);
    const whose = owned.get(a)?.get(chosen);
    a.role =
      a.type === 'person'
        ? completeRole({
            role,
            name: a.name,
            people: drafts.filter((p) => p !== a && p.type === 'person').map((p) => p.name),
            others: drafts.filter((p) => p !== a).map((p) => ({ name: p.name, role: p.type === 'person' ? chosenRoles.get(p)! : '' })),
            after: a.mentions.map((m) => textAfter(textOf(ctx, m), m, 200)),
            before: a.mentions.map((m) => textOf(ctx, m).slice(ctx.sentences[m.sentence].start, m.start)),
            previous: a.mentions.map((m) => sentenceBack(ctx, m, 1)),
            twoBefore: a.mentions.map((m) => sentenceBack(ctx, m, 2)),
            places: a.mentions.map((m) => ({ doc: ctx.sentences[m.sentence].doc, position: ctx.sentences[m.sentence].position })),
            story: cluster,
            age: a.mentions.find((m) => m.age)?.age,
            roles: [...a.roles.keys()],
            ...(whose ? { whose: { bare: role, owned: withAge(whose, a) } } : {}),
          })
        : role;
  }
  ctx.actors = drafts;
}
