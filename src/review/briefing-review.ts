import './review.css';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Edit } from '../format/edits-schema.js';
import type { Actor, Briefing, Evidence, KeyPoint, Position, Question, ResolvedQuestion } from '../format/schema.js';
import { namesOf } from '../format/names.js';
import '../widget/story-briefing/story-briefing.js';

interface Article {
  name: string;
  text: string;
}
interface State {
  briefing: Briefing;
  built: Briefing;
  articles: Article[];
  edits: Edit[];
  unapplied: { index: number; edit: Edit; reason: string }[];
  editsFile: string;
}
/** A span to show: an article (by source id) and offsets in it. */
interface Span {
  source: string;
  start: number;
  end: number;
}

const TYPES = ['person', 'organization', 'country', 'group'] as const;
const KINDS = ['unresolved', 'disputed', 'upcoming'] as const;

const describeEdit = (e: Edit): string => {
  const what = 'id' in e ? e.id : e.op === 'reviewed' ? `by ${e.by}, ${e.at}` : `“${e.text}”`;
  return `${e.op} ${what}`;
};

/**
 * The review page of `briefing review`: the briefing's items as cards, each with its corrections,
 * beside the articles. Choosing a card scrolls its article to the evidence and marks the exact
 * span; selecting words in an article adds a question or a position resting on them. Every
 * correction is one request to the server, which writes it to the edits file and answers with the
 * corrected briefing. Rendered in the light DOM, so that a selection in an article is the
 * document's own; styled by review.css.
 *
 * @tagname briefing-review
 */
export class BriefingReview extends LitElement {
  static override properties = {
    _state: { state: true },
    _focus: { state: true },
    _selection: { state: true },
    _error: { state: true },
  };

  declare private _state: State | undefined;
  declare private _focus: Span | undefined;
  declare private _selection: (Span & { article: string; text: string }) | undefined;
  declare private _error: string;

  constructor() {
    super();
    this._error = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#request('GET', '/api/state');
  }

  async #request(method: string, url: string, body?: unknown): Promise<void> {
    try {
      const res = await fetch(url, { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
      const json = await res.json();
      if (!res.ok) throw new Error(json.error ?? res.statusText);
      this._state = json as State;
      this._error = '';
      this.dispatchEvent(new Event('review-update'));
    } catch (e) {
      this._error = (e as Error).message;
    }
  }

  #edit(edit: Edit): void {
    void this.#request('POST', '/api/edits', edit);
  }

  #undo(index: number): void {
    void this.#request('DELETE', `/api/edits/${index}`);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_focus') && this._focus) this.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  }

  override render() {
    const s = this._state;
    if (!s) return html`<p role="status">${this._error || 'Loading…'}</p>`;
    const b = s.briefing;
    const review = b.review;
    return html`
      <header class="top">
        <h1>Review: ${b.title}</h1>
        <p class="status" role="status">
          ${review?.status === 'reviewed' ? `Reviewed by ${review.reviewedBy} on ${review.reviewedAt}` : 'Not reviewed yet'} ·
          ${review?.edits ?? 0} correction(s) applied · written to ${s.editsFile}
        </p>
        ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      </header>
      <div class="desk">
        <main class="cards" aria-label="Briefing" tabindex="-1">
          ${this.#briefingCard(b)} ${this.#section('Key points', b.keyPoints, (k) => this.#keyPointCard(k))}
          ${this.#section('Actors', b.actors, (a) => this.#actorCard(a, b))}
          ${this.#section('Positions', b.positions, (p) => this.#positionCard(p, b))}
          ${this.#section('Open questions', b.questions, (q) => this.#questionCard(q))}
          ${this.#section('Answered questions', b.resolved, (q) => this.#questionCard(q))} ${this.#editsCard(s)}
          <details class="preview">
            <summary>Preview</summary>
            <story-briefing .data=${b} loading="eager" heading-level="2"></story-briefing>
          </details>
        </main>
        <aside class="articles" aria-label="Articles" tabindex="0" @mouseup=${this.#onSelect} @keyup=${this.#onSelect}>
          ${this.#selectionForm(b)} ${s.articles.map((a, i) => this.#article(a, b.sources[i]?.id ?? ''))}
        </aside>
      </div>
    `;
  }

  #section<T>(title: string, items: T[], card: (item: T) => TemplateResult): TemplateResult {
    return html`<section class="section" aria-label=${title}>
      <h2>${title} <span class="count">${items.length}</span></h2>
      ${items.map(card)}
    </section>`;
  }

  /** A text field and its save button: one correction. */
  #textForm(label: string, value: string, save: (text: string) => void, long = false): TemplateResult {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      save(((e.target as HTMLFormElement).elements.namedItem('text') as HTMLInputElement).value);
    };
    return html`<form class="inline" @submit=${submit}>
      <label>${label} ${long ? html`<textarea name="text" rows="4" .value=${value}></textarea>` : html`<input name="text" .value=${value} />`}</label>
      <button>Save</button>
    </form>`;
  }

  #tools(id: string): TemplateResult {
    return html`<div class="tools">
      <button class="hide" @click=${() => this.#edit({ op: 'hide', id })}>Hide</button>
      <button class="pin" @click=${() => this.#edit({ op: 'pin', id })}>Pin to top</button>
    </div>`;
  }

  #evidence(evidence: Evidence[]): TemplateResult {
    return html`<div class="evidence">
      ${evidence.map(
        (ev, i) => html`<button class="span" aria-pressed=${this.#isFocus(ev)} @click=${(e: Event) => this.#choose(e, ev)}>
          Evidence ${i + 1}${evidence.length > 1 ? ` of ${evidence.length}` : ''}
        </button>`,
      )}
    </div>`;
  }

  #isFocus(ev: Span): boolean {
    const f = this._focus;
    return !!f && f.source === ev.source && f.start === ev.start && f.end === ev.end;
  }

  #choose(e: Event, span: Span | undefined): void {
    e.stopPropagation();
    if (span) this._focus = { source: span.source, start: span.start, end: span.end };
  }

  /** A card: choosing it (a click anywhere but its controls) shows its first span. */
  #card(id: string, span: Span | undefined, body: TemplateResult): TemplateResult {
    const choose = (e: Event) => {
      if (!(e.target as Element).closest('button, input, select, textarea, label')) this.#choose(e, span);
    };
    return html`<article class="card" data-id=${id} @click=${choose}>${body}</article>`;
  }

  #briefingCard(b: Briefing): TemplateResult {
    return this.#card('title', b.summary.evidence[0], html`
      <h2>Title and summary</h2>
      ${this.#textForm('Title', b.title, (text) => this.#edit({ op: 'edit', id: 'title', text }))}
      ${this.#textForm('Summary', b.summary.text, (text) => this.#edit({ op: 'edit', id: 'summary', text }), true)}
      ${this.#evidence(b.summary.evidence)}
      <form class="inline reviewed" @submit=${(e: SubmitEvent) => this.#markReviewed(e)}>
        <label>Reviewed by <input name="by" required /></label>
        <button>Mark reviewed</button>
      </form>
    `);
  }

  #markReviewed(e: SubmitEvent): void {
    e.preventDefault();
    const by = ((e.target as HTMLFormElement).elements.namedItem('by') as HTMLInputElement).value.trim();
    if (by) this.#edit({ op: 'reviewed', by, at: new Date().toISOString().slice(0, 10), articles: this._state!.articles.map((a) => a.name) });
  }

  #keyPointCard(k: KeyPoint): TemplateResult {
    const id = k.id ?? '';
    return this.#card(id, k.evidence[0], html`
      ${this.#textForm('Key point', k.text, (text) => this.#edit({ op: 'edit', id, text }), true)} ${this.#evidence(k.evidence)} ${this.#tools(id)}
    `);
  }

  #actorCard(a: Actor, b: Briefing): TemplateResult {
    const others = b.actors.filter((o) => o.id !== a.id);
    const merge = (e: SubmitEvent) => {
      e.preventDefault();
      const into = ((e.target as HTMLFormElement).elements.namedItem('into') as HTMLSelectElement).value;
      if (into) this.#edit({ op: 'merge', id: a.id, into });
    };
    return this.#card(a.id, this.#mention(a, b), html`
      <h3>${a.name}</h3>
      ${a.aliases.length ? html`<p class="muted">Also: ${a.aliases.join(', ')}</p>` : nothing}
      <label>Type
        <select class="type" @change=${(e: Event) => this.#edit({ op: 'set-type', id: a.id, type: (e.target as HTMLSelectElement).value as Actor['type'] })}>
          ${TYPES.map((t) => html`<option value=${t} ?selected=${t === a.type}>${t}</option>`)}
        </select>
      </label>
      ${this.#textForm('Role', a.role, (text) => this.#edit({ op: 'edit', id: a.id, text }))}
      <form class="inline merge" @submit=${merge}>
        <label>Merge into <select name="into">${others.map((o) => html`<option value=${o.id}>${o.name}</option>`)}</select></label>
        <button>Merge</button>
      </form>
      ${this.#tools(a.id)}
    `);
  }

  /** An actor carries no span: its card shows the first place its name is written. */
  #mention(a: Actor, b: Briefing): Span | undefined {
    for (const source of a.sources) {
      const i = b.sources.findIndex((s) => s.id === source);
      const text = this._state!.articles[i]?.text ?? '';
      for (const name of namesOf(a)) {
        const at = name ? text.indexOf(name) : -1;
        if (at >= 0) return { source, start: at, end: at + name.length };
      }
    }
    return undefined;
  }

  #positionCard(p: Position, b: Briefing): TemplateResult {
    const actor = b.actors.find((a) => a.id === p.actor);
    const move = (e: SubmitEvent) => {
      e.preventDefault();
      const to = ((e.target as HTMLFormElement).elements.namedItem('to') as HTMLSelectElement).value;
      if (to && to !== p.actor) this.#edit({ op: 'move', id: p.id, to });
    };
    return this.#card(p.id, p.evidence[0], html`
      <h3>${actor?.name ?? p.actor} <span class="muted">${p.kind}</span></h3>
      ${p.quote ? html`<blockquote>${p.quote}</blockquote>` : nothing}
      ${this.#textForm('Claim', p.text, (text) => this.#edit({ op: 'edit', id: p.id, text }), true)}
      <form class="inline move" @submit=${move}>
        <label>Move to
          <select name="to">${b.actors.map((a) => html`<option value=${a.id} ?selected=${a.id === p.actor}>${a.name}</option>`)}</select>
        </label>
        <button>Move</button>
      </form>
      ${this.#evidence(p.evidence)} ${this.#tools(p.id)}
    `);
  }

  #questionCard(q: Question | ResolvedQuestion): TemplateResult {
    return this.#card(q.id, q.evidence[0], html`
      ${'kind' in q ? html`<p class="muted">${q.kind}</p>` : html`<p class="muted">Answered: ${q.answer}</p>`}
      ${this.#textForm('Question', q.text, (text) => this.#edit({ op: 'edit', id: q.id, text }))} ${this.#evidence(q.evidence)} ${this.#tools(q.id)}
    `);
  }

  #editsCard(s: State): TemplateResult {
    const unapplied = new Map(s.unapplied.map((u) => [u.index, u.reason]));
    return html`<section class="section edits" aria-label="Corrections">
      <h2>Corrections <span class="count">${s.edits.length}</span></h2>
      ${s.unapplied.length
        ? html`<p class="warning" role="alert">${s.unapplied.length} correction(s) not applied: their item is gone from the articles. They stay in the file until removed.</p>`
        : nothing}
      <ol>
        ${s.edits.map(
          (e, i) => html`<li class=${unapplied.has(i) ? 'unapplied' : ''}>
            <code>${describeEdit(e)}</code>
            ${unapplied.has(i) ? html`<span class="reason">Not applied: ${unapplied.get(i)}</span>` : nothing}
            <button class="undo" @click=${() => this.#undo(i)}>${unapplied.has(i) ? 'Remove' : 'Undo'}</button>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  #article(a: Article, source: string): TemplateResult {
    const f = this._focus?.source === source ? this._focus : undefined;
    const text = f
      ? html`${a.text.slice(0, f.start)}<mark class="focus">${a.text.slice(f.start, f.end)}</mark>${a.text.slice(f.end)}`
      : a.text;
    return html`<section class="article" aria-label=${a.name}>
      <h2>${a.name}</h2>
      <div class="text" data-source=${source} data-article=${a.name}>${text}</div>
    </section>`;
  }

  /** The words selected in one article, as offsets into its text. */
  #onSelect = (): void => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    const container = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('.text');
    const el = container(range.startContainer);
    if (!el || el !== container(range.endContainer)) return;
    const offset = (node: Node, at: number) => {
      const r = document.createRange();
      r.setStart(el, 0);
      r.setEnd(node, at);
      return r.toString().length;
    };
    const start = offset(range.startContainer, range.startOffset);
    const end = offset(range.endContainer, range.endOffset);
    const article = this._state!.articles.find((a) => a.name === el.dataset.article);
    if (!article || end <= start) return;
    this._selection = { source: el.dataset.source ?? '', article: article.name, start, end, text: article.text.slice(start, end) };
  };

  #selectionForm(b: Briefing): TemplateResult {
    const s = this._selection;
    if (!s) return html`<p class="hint">Select words in an article to add a question or a position resting on them.</p>`;
    const evidence = { text: s.text, article: s.article, start: s.start };
    const field = (e: SubmitEvent, name: string) => ((e.target as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).value;
    const addQuestion = (e: SubmitEvent) => {
      e.preventDefault();
      const text = field(e, 'question').trim();
      if (text) this.#edit({ op: 'add-question', text, kind: field(e, 'kind') as (typeof KINDS)[number], evidence });
      this._selection = undefined;
    };
    const addPosition = (e: SubmitEvent) => {
      e.preventDefault();
      const text = field(e, 'claim').trim();
      if (text) this.#edit({ op: 'add-position', actor: field(e, 'actor'), text, evidence });
      this._selection = undefined;
    };
    return html`<div class="selection" role="region" aria-label="Selected words">
      <p>Selected in ${s.article}: <q>${s.text}</q></p>
      <form class="add-question" @submit=${addQuestion}>
        <label>Question <input name="question" required /></label>
        <label>Kind <select name="kind">${KINDS.map((k) => html`<option value=${k}>${k}</option>`)}</select></label>
        <button>Add question</button>
      </form>
      <form class="add-position" @submit=${addPosition}>
        <label>Actor <select name="actor">${b.actors.map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select></label>
        <label>Claim <input name="claim" required .value=${s.text.trim()} /></label>
        <button>Add position</button>
      </form>
      <button class="cancel" @click=${() => (this._selection = undefined)}>Cancel</button>
    </div>`;
  }
}

customElements.define('briefing-review', BriefingReview);

declare global {
  interface HTMLElementTagNameMap {
    'briefing-review': BriefingReview;
  }
}
