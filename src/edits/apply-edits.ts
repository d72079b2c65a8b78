// Applies an editor's corrections to a freshly built briefing. Edits name items by their stable
// ids; one whose item is gone (the articles changed) is reported and left for the editor, never
// applied to something else, and never fails the build.
import type { Actor, Briefing, Evidence } from '../format/schema.js';
import type { Edit, EvidenceSelector } from '../format/edits-schema.js';
import { textKeyId } from '../builder/stable-ids.js';
import { validateBriefing } from '../format/validate.js';
import { namesOf } from '../format/names.js';

/** An article the briefing was built from, in source order, with its file name when it has one. */
export interface Article {
  text: string;
  name?: string;
}

export interface Unapplied {
  /** Position of the edit in the file, from 0. */
  index: number;
  edit: Edit;
  reason: string;
}

export interface EditsResult {
  briefing: Briefing;
  unapplied: Unapplied[];
}

type Section = 'actors' | 'positions' | 'questions' | 'resolved' | 'keyPoints';
const SECTIONS: Section[] = ['actors', 'positions', 'questions', 'resolved', 'keyPoints'];

export function applyEdits(built: Briefing, edits: readonly Edit[], articles: readonly Article[]): EditsResult {
  const b = structuredClone(built);
  const unapplied: Unapplied[] = [];
  const pins: string[] = [];
  let applied = 0;
  let review: { by: string; at: string } | undefined;

  const find = (id: string): { section: Section; index: number } | undefined => {
    for (const section of SECTIONS) {
      const index = (b[section] as { id?: string }[]).findIndex((x) => x.id === id);
      if (index >= 0) return { section, index };
    }
    return undefined;
  };
  const actor = (id: string): Actor | undefined => b.actors.find((a) => a.id === id);
  const taken = () => new Set(SECTIONS.flatMap((s) => (b[s] as { id?: string }[]).map((x) => x.id)));

  edits.forEach((edit, index) => {
    const reason = apply(edit);
    if (reason) unapplied.push({ index, edit, reason });
    else if (edit.op !== 'reviewed') applied++;
  });

  /** Applies one edit; returns why it could not be, or nothing. */
  function apply(edit: Edit): string | undefined {
    switch (edit.op) {
      case 'hide': {
        const at = find(edit.id);
        if (!at) return gone(edit.id);
        (b[at.section] as unknown[]).splice(at.index, 1);
        if (at.section === 'actors') {
          // An actor's positions go with it; questions keep their text but no longer name it.
          b.positions = b.positions.filter((p) => p.actor !== edit.id);
          for (const q of [...b.questions, ...b.resolved]) q.actors = q.actors.filter((a) => a !== edit.id);
        }
        return undefined;
      }
      case 'edit': {
        const field = edit.field;
        if (edit.id === 'title' || edit.id === 'summary') {
          if (field && field !== 'text') return `the ${edit.id} has no ${field}`;
          if (!edit.text.trim()) return `an empty ${edit.id}`;
          if (edit.id === 'title') {
            b.title = edit.text;
            // The title is no longer the span it was taken from.
            delete b.titleEvidence;
          } else b.summary.text = edit.text;
          return undefined;
        }
        const at = find(edit.id);
        if (!at) return gone(edit.id);
        if (at.section === 'actors') {
          if (field && field !== 'role') return "an actor's name changes by merging, not editing";
          b.actors[at.index].role = edit.text.trim();
          return undefined;
        }
        if (field === 'role') return `${edit.id} has no role`;
        if (field === 'answer' && at.section !== 'resolved') return `${edit.id} has no answer`;
        if (!edit.text.trim()) return 'an empty text (hide the item instead)';
        const item = b[at.section][at.index] as { text: string; answer?: string };
        if (field === 'answer') item.answer = edit.text;
        else item.text = edit.text;
        return undefined;
      }
      case 'move': {
        const p = b.positions.find((x) => x.id === edit.id);
        if (!p) return gone(edit.id);
        if (!actor(edit.to)) return gone(edit.to);
        p.actor = edit.to;
        return undefined;
      }
      case 'merge': {
        const from = actor(edit.id);
        const into = actor(edit.into);
        if (!from) return gone(edit.id);
        if (!into) return gone(edit.into);
        if (from === into) return 'an actor cannot be merged into itself';
        into.aliases = [...new Set([...into.aliases, ...namesOf(from)])].filter((n) => n !== into.name).sort();
        into.mentions += from.mentions;
        into.salience = Math.max(into.salience, from.salience);
        into.sources = [...new Set([...into.sources, ...from.sources])];
        if (!into.role) into.role = from.role;
        b.actors = b.actors.filter((a) => a !== from);
        for (const p of b.positions) if (p.actor === from.id) p.actor = into.id;
        for (const q of [...b.questions, ...b.resolved]) q.actors = [...new Set(q.actors.map((a) => (a === from.id ? into.id : a)))];
        return undefined;
      }
      case 'set-type': {
        const a = actor(edit.id);
        if (!a) return gone(edit.id);
        a.type = edit.type;
        return undefined;
      }
      case 'pin': {
        if (!find(edit.id)) return gone(edit.id);
        pins.push(edit.id);
        return undefined;
      }
      case 'add-question': {
        const evidence = locate(edit.evidence);
        if (!evidence) return notFound(edit.evidence);
        const id = textKeyId('q', edit.text);
        if (taken().has(id)) return `the briefing already has this question (${id})`;
        // The actors it names, as the builder would list them.
        const actors = b.actors.filter((a) => namesOf(a).some((n) => n && edit.text.includes(n))).map((a) => a.id);
        b.questions.push({ id, text: edit.text, kind: edit.kind ?? 'unresolved', actors, evidence: [evidence] });
        return undefined;
      }
      case 'add-position': {
        if (!actor(edit.actor)) return gone(edit.actor);
        const evidence = locate(edit.evidence);
        if (!evidence) return notFound(edit.evidence);
        const id = textKeyId('p', edit.text);
        if (taken().has(id)) return `the briefing already has this position (${id})`;
        b.positions.push({ id, actor: edit.actor, text: edit.text, ...(edit.quote ? { quote: edit.quote } : {}), kind: edit.quote ? 'direct' : 'reported', evidence: [evidence] });
        return undefined;
      }
      case 'reviewed': {
        const known = new Set(edit.articles ?? []);
        const added = edit.articles ? articles.filter((a) => a.name && !known.has(a.name)).map((a) => a.name) : [];
        if (added.length) return `reviewed before ${added.join(', ')} arrived: review again`;
        review = { by: edit.by, at: edit.at };
        return undefined;
      }
    }
  }

  /** The span of the articles an added item rests on: the same words, nearest where they were. */
  function locate(sel: EvidenceSelector): Evidence | undefined {
    const order = articles.map((_, i) => i).sort((i, j) => Number(articles[j].name === sel.article) - Number(articles[i].name === sel.article));
    for (const i of order) {
      const text = articles[i].text;
      let best = -1;
      for (let at = text.indexOf(sel.text); at >= 0; at = text.indexOf(sel.text, at + 1)) {
        if (best < 0 || Math.abs(at - (sel.start ?? 0)) < Math.abs(best - (sel.start ?? 0))) best = at;
        if (sel.start === undefined) break;
      }
      if (best >= 0 && b.sources[i]) return { source: b.sources[i].id, start: best, end: best + sel.text.length, text: sel.text };
    }
    return undefined;
  }

  for (const section of SECTIONS) {
    const list = b[section] as { id?: string }[];
    const rank = (x: { id?: string }) => {
      const r = pins.indexOf(x.id ?? '');
      return r < 0 ? pins.length : r;
    };
    // A stable sort: unpinned items keep the builder's order.
    (b[section] as unknown[]) = [...list].sort((x, y) => rank(x) - rank(y));
  }
  b.review = review ? { status: 'reviewed', reviewedBy: review.by, reviewedAt: review.at, edits: applied } : { status: 'automatic', edits: applied };
  // As for the builder: a bug here must fail the build, not publish a broken briefing.
  const check = validateBriefing(b, articles.map((a) => a.text));
  if (!check.ok) throw new Error(`internal error, the corrected briefing is invalid: ${check.errors.slice(0, 3).join('; ')}`);
  return { briefing: b, unapplied };
}

const gone = (id: string) => `no item "${id}" in this briefing (the articles changed?)`;
const notFound = (sel: EvidenceSelector) => `the words "${sel.text.length > 60 ? `${sel.text.slice(0, 60)}…` : sel.text}" are in none of the articles`;
