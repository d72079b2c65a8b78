// An actor's name and role: the name it is shown by, the role the articles give it most.
import type { ActorDraft } from '../../types.js';
import { STOPWORDS } from '../../text/tokens.js';
import { BODY_NAME_JOINTS, isCompanySuffix } from '../../name-words.js';
import { namesNoPost, namesPost } from '../../actor-roles.js';
import { tellsAnAge } from '../../roles.js';
import { HONORIFICS, SAME_KIND, TITLE_HEADS, KIN_WORDS, ORG_HEADS, TITLE_MODIFIERS, countryOf, countryOfDemonym, isPlace, isRoleNoun } from '../../lexicon.js';

export function canonicalName(a: ActorDraft): string {
  // A group is named as the articles most often write it in full: "Syrian rebels".
  if (a.type === 'group') {
    const surfaces = a.mentions.map((m) => m.surface).filter((x): x is string => !!x);
    if (surfaces.length) return mostFrequent(surfaces);
  }
  const freq = new Map<string, number>();
  for (const m of a.mentions) freq.set(m.name, (freq.get(m.name) ?? 0) + 1);
  // People are named in full; organisations and countries by their most common form.
  const names = [...freq.entries()].sort((x, y) => {
    if (a.type === 'person') {
      const dw = y[0].split(' ').length - x[0].split(' ').length;
      if (dw) return dw;
    }
    return y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1);
  });
  // "Pew" once "Pew Research Center" is named: an organisation's first word alone yields to its name.
  const best = names[0][0];
  // (Not "Acme Inc" for Acme: a legal suffix adds nothing to the name.)
  const full = a.type === 'person' || best.includes(' ') ? undefined : names.find(([n]) => n.startsWith(`${best} `) && !isCompanySuffix(n.slice(best.length + 1)));
  // "the Hawks" once "Tarrow Hawks" is named: a team goes by its name with its place.
  const withPlace = a.type === 'person' || best.includes(' ') ? undefined : names.find(([n]) => n.endsWith(` ${best}`) && isPlace(n.slice(0, -best.length - 1)));
  return full?.[0] ?? withPlace?.[0] ?? best;
}

function mostFrequent(xs: string[]): string {
  const freq = new Map<string, number>();
  for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1);
  return [...freq.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
}

// "singer, 65": an age the articles give goes with the role, unless the role says it already or
// tells an age of its own.
export function withAge(role: string, a: ActorDraft): string {
  const age = a.mentions.find((m) => m.age)?.age;
  return role && age && !role.includes(String(age)) && !tellsAnAge(role) ? `${role}, ${age}` : role;
}

// The role most often written, counting "President" as support for "US President".
/** Exported for tests. */
export function bestRole(a: ActorDraft): string {
  const words = (r: string) => new Set(r.toLowerCase().replace(/’/g, "'").split(/\s+/));
  const support = (r: string) => {
    const w = words(r);
    let n = 0;
    for (const [other, c] of a.roles) if ([...words(other)].every((x) => w.has(x))) n += c;
    return n;
  };
  // A role is a label: a long description loses to a shorter one that is as well supported…
  // …but one that holds the shorter role's words says more of the same ("deputy commissioner
  // for early care at …" over "deputy commissioner at …").
  const long = (r: string) => (r.split(' ').length > 8 ? 1 : 0);
  // A body's name alone ("Harbor Water Agency") says whom the person is with, not what they are:
  // any role that says what they are comes first, however less often written.
  // "fellow" alone ("fellow Republicans") says the one named shares a kind with someone, not what they are.
  const sorted = [...a.roles.keys()].filter((r) => !SAME_KIND.has(r.toLowerCase())).sort((x, y) => Number(bodyAlone(x)) - Number(bodyAlone(y)) || support(y) - support(x) || long(x) - long(y) || y.split(' ').length - x.split(' ').length || (x < y ? -1 : 1));
  // …and a long one as well supported that names the same post ("Elected, unpaid member of the harbour
  // board for the northern wards" over "board’s member for the northern wards") is that post, said whole.
  const head = sorted[0] && roleNounOf(sorted[0]);
  const tied = (r: string) => long(r) && support(r) === support(sorted[0]);
  const named = head ? sorted.find((r) => tied(r) && words(r.replace(/[^\p{L}\d\s'-]/gu, '')).has(head)) : undefined;
  // …or that names the same body as the shorter one ("associate professor of botany at Harbor
  // University who led the survey" over "Harbor University botanist"): what the person is of that
  // body in this story, up to a sentence's worth of words; the tightest such role.
  const sameBody = long(sorted[0] ?? '') ? undefined : sorted.filter((r) => tied(r) && r.split(' ').length <= MAX_ROLE_WORDS && sharesBody(r, sorted[0])).sort((x, y) => x.split(' ').length - y.split(' ').length)[0];
  const whole = named ?? sameBody;
  const roles = whole ? [whole, ...sorted.filter((r) => r !== whole)] : sorted;
  // "ICRC President" over "Red Cross chief": as well supported, the role that names the post says more.
  const post = namesNoPost(roles[0] ?? '') ? roles.find((r) => support(r) === support(roles[0]) && namesPost(r)) : undefined;
  const chosen = post ?? roles[0] ?? '';
  // "co-author", "one of the two accountants" beside "Harbor Air partner": as well supported, a role
  // that names no post (no title's word) and no body yields to one that names a post and the body
  // it holds it in.
  const best = namesNoTitle(chosen) && !bodyWords(chosen).length ? roles.find((r) => support(r) === support(chosen) && !namesNoTitle(r) && bodyWords(r).length > 0) ?? chosen : chosen;
  const now = postHeldNow(best, roles, support);
  // "Professor", "attorney": a title alone, however often written, says less than a role another
  // mention gives that names the body the person is of, at or for ("disease ecologist at Harbor
  // University"); the most specific role the articles give is the person's.
  return titleAlone(now) ? roles.find(namesTheBody) ?? now : now;
}
// "former Navy pilot", "longtime critic of rival airlines" beside "GOP Representative", "Harbor Air
// CEO": as well supported, a post held before or a description yields to the post the person holds
// now, written as a title (a capitalised title's word: "Representative", "CEO", "Republican").
// Readers need what the person is in the story; what they were or are like comes after it.
// (A job at a body is a post already: "senior employee at Harbor Fund"; and a title with a clause
// of its own, "Democrat who backs the harbor plan", is a description too.)
function postHeldNow(role: string, roles: readonly string[], support: (r: string) => number): string {
  if (!HELD_BEFORE.test(role) && (!namesNoTitle(role) || AT_A_BODY.test(role))) return role;
  return roles.find((r) => r !== role && support(r) === support(role) && !HELD_BEFORE.test(r) && titleWritten(r) && !/[,;]|\b(?:who|which|that)\b/.test(r)) ?? role;
}
const AT_A_BODY = /\s(?:at|with|for)\s+(?:the\s+)?\p{Lu}/u;
const HELD_BEFORE = /^(?:(?:former|onetime|one-time)(?![\p{L}-])|ex-)/iu;
// A role's word, bare of its possessive and punctuation, is a title's head word.
const isTitleHead = (w: string) => TITLE_HEADS.has(w.toLowerCase().replace(/['’]s$|[^\p{L}-]/gu, ''));
const titleWritten = (role: string) => role.split(/[\s,]+/).some((w) => /^\p{Lu}/u.test(w) && isTitleHead(w));
const namesNoTitle = (role: string) => !role.split(/[\s,]+/).some((w) => isTitleHead(w));
// "Harbor Water Agency", "Oakfield Sanctuary Foundation": capitalised words (and the joints of a
// name) ending on a body's head noun, with no title or role noun among them.
const bodyAlone = (role: string) => {
  const words = role.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return (
    ORG_HEADS.has(words[words.length - 1].toLowerCase()) &&
    words.every((w) => BODY_NAME_JOINTS.has(w) || /^\p{Lu}/u.test(w)) &&
    !words.some((w) => TITLE_HEADS.has(w.toLowerCase()) || isRoleNoun(w))
  );
};
// Past this many words a role is a sentence, not a label.
const MAX_ROLE_WORDS = 16;
// The capitalised words of a role that are no title ("Harbor", "University" in "Harbor University
// botanist"; not "Senator"): the body or place it names.
const bodyWords = (role: string) => role.split(/[\s,]+/).map((w) => w.replace(/['’]s$|[^\p{L}\d'’-]/gu, '')).filter((w) => /^\p{Lu}/u.test(w) && !notBodyWord(w));
// A title, a title's modifier ("University", "Senate": any body's), a nation, a place (where the
// person lives or works, not what of) or a word any sentence may open on names no one body.
const notBodyWord = (w: string) => {
  const l = w.toLowerCase();
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || HONORIFICS.has(l) || STOPWORDS.has(l) || !!countryOf(w) || !!countryOfDemonym(w) || isPlace(w);
};
/** A long role that names a body the short one names: the same affiliation, said in full. */
const sharesBody = (long: string, short: string) => {
  const own = new Set(bodyWords(long));
  return bodyWords(short).some((w) => own.has(w));
};
const titleAlone = (role: string) => /^[\p{L}.'’-]+$/u.test(role.replace(/,\s+\d{1,3}$/, ''));
// "chemist at Harbor University", "head of the Harbor Trust": a role noun (no kin: "father of
// Tom Reyes" is another kind of role), then the capitalised body it is of, at or for.
const BODY_AFTER_HEAD = /^(?:(?:the|a|an)\s+)?((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}/u;
const namesTheBody = (role: string) => {
  const m = BODY_AFTER_HEAD.exec(role);
  return !!m && role.split(/\s+/).length <= 16 && (isRoleNoun(m[2]) || TITLE_HEADS.has(m[2].toLowerCase())) && !KIN_WORDS.has(m[2].toLowerCase()) && !/^(?:one|member|part)$/i.test(m[2]);
};
// "delegate from the Outer Isles", "Harbor Clinic nurse": the role noun a role is
// about, the word before its first joint or its last; undefined when that word is no role noun.
function roleNounOf(role: string): string | undefined {
  const words = role.replace(/,\s+\d{1,3}$/, '').toLowerCase().replace(/’/g, "'").split(/\s+/);
  const joint = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|with|in|from|on|to)$/.test(w));
  const head = (joint > 0 ? words[joint - 1] : words[words.length - 1]).replace(/[^\p{L}\d'-]/gu, '');
  return isRoleNoun(head) ? head : undefined;
}
