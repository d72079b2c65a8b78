import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { base } from '../common/labels.js';
import { actorName } from '../common/normalize.js';
import { reviewLabel } from '../common/review-label.js';
import { sinceVisitLine, timeOf, updatedLine } from '../common/changes.js';
import { normalizeBriefing } from '../common/normalize.js';
import type { Visit } from '../common/remember.js';
import { renderSource, sourceName } from '../common/sources.js';
import { sectionSkeleton } from '../common/skeleton.js';
import { countsOf } from '../../format/counts.js';

const allSections = ['summary', 'timeline', 'actors', 'positions', 'questions'];

/** The `sections` attribute: known names, first occurrence wins; none at all means all five. */
export function parseSections(value: string | null | undefined): string[] {
  const names = (value ?? '').toLowerCase().split(/[\s,]+/);
  const chosen = names.filter((name, i) => allSections.includes(name) && names.indexOf(name) === i);
  return chosen.length ? chosen : allSections;
}

/** Parts of the section elements re-exported so `story-briefing::part(card)` reaches every card. */
const exported = 'card,header,title,body,quote,claim,source,sources,evidence,more,actor,kind,section-title,key-points,event,when,new';

/**
 * remember.ts's work, once the first `<story-briefing remember>` has asked for it: on demand, as
 * `remember` is off by default (the classic script imports it from beside itself; see
 * vite.config.ts). A file that cannot be had leaves the briefing as without `remember`.
 */
let since: typeof import('../common/remember.js')['sinceLastVisit'] | undefined;
let remembering: Promise<unknown> | undefined;

declare const __CLASSIC__: boolean | undefined;
/**
 * The classic scripts import it by its full URL, beside the script: Chromium resolves a relative
 * import() of a script from another origin against nothing (about:blank), not the script's URL.
 */
const importRemember = (): Promise<typeof import('../common/remember.js')> =>
  typeof __CLASSIC__ !== 'undefined' && __CLASSIC__
    ? import(/* @vite-ignore */ new URL('story-briefing-remember.js', base || document.baseURI).href)
    : import('../common/remember.js');

/** The property of each section element that caps its list. */
const capOf: Record<string, string> = { summary: 'maxKeyPoints', timeline: 'maxEvents', actors: 'maxActors', positions: 'maxPositions', questions: 'maxQuestions' };

/**
 * The strings of a section element's template, made once per section (Lit knows a template by
 * the identity of its strings; see heading.ts). Every section gets the same bindings: the ones it
 * has no use for (`actor` on the summary, `change` from elements that send none) do nothing.
 */
const templates: Record<string, TemplateStringsArray> = {};
const sectionTemplate = (name: string) => {
  const strings = [`<briefing-${name} .data=`, ' heading-level=', ' lang=', ' layout=', ' exportparts=', ` .${capOf[name]}=`, ' .actor=', ' ?show-evidence=', ' @change=', `></briefing-${name}>`];
  return (templates[name] ??= Object.assign(strings, { raw: strings }));
};

/**
 * @tagname story-briefing
 * @summary A complete story briefing: summary and key points, timeline, actors, positions and questions.
 * Loads the briefing once and shares it with its section elements (`<briefing-summary>`,
 * `<briefing-actors>`, `<briefing-positions>`, `<briefing-questions>`) through their `data`
 * property.
 *
 * @attr src - URL of a briefing JSON file, fetched when set (near the viewport unless `loading="eager"`).
 * @attr heading-level - Level of the top heading, 1–6 (default 2); headings inside sit below it. Invalid values fall back to 2.
 * @attr heading - Text of the top heading, instead of the default.
 * @attr lang - Language of the labels: `en` (default), `fr`, `de`, `es`, `it`, `pt` or `ar`; unset, the nearest ancestor's `lang`. Unknown languages fall back to English. The briefing's own text keeps the briefing's `language`.
 * @attr theme - `auto` (default: the host page's colours), `light` or `dark` (own background). Invalid values mean `auto`.
 * @attr layout - `grid` (default: cards side by side), `list` (one column) or `compact` (one column, half the spacing). Invalid values mean `grid`.
 * @attr show-evidence - Boolean: show each card's evidence expanded (default: collapsed).
 * @attr loading - `lazy` (default: fetch and render only within half a viewport of being visible) or `eager`.
 * @attr errors - `show`: a briefing that cannot be loaded shows a short message (for editors); by default the element collapses to nothing. `briefing-error` fires either way.
 * @attr sections - Which sections to show, in order: any of `summary`, `timeline`, `actors`, `positions`, `questions`, separated by spaces or commas (default: all five; the timeline only when the briefing has one). Unknown names are ignored.
 * @attr max-key-points - Key points shown before "Show more" (default 2).
 * @attr max-actors - Actor cards shown before "Show more" (default 6; invalid values mean 6).
 * @attr max-positions - Position cards shown before "Show more" (default 2).
 * @attr max-questions - Question cards shown before "Show more" (default 2).
 * @attr max-events - Timeline events shown before "Show more" (default 3).
 * @attr remember - Boolean: keep the reader's last visit in localStorage (one key per briefing id; nothing is sent anywhere), then mark what is new since it ("2 new since your last visit"), those items first and questions answered since among the answered.
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows with `errors="show"`, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart header - The briefing's header (and, re-exported, each card's header).
 * @csspart updated - "Updated 3 hours ago" under the title (its time a `<time>`), when the briefing has an update time.
 * @csspart since-visit - "2 new since your last visit", with `remember`.
 * @csspart new - Every "New" badge (re-exported): items new in the latest update, or with `remember` since the reader's last visit.
 * @csspart event - Every timeline event (re-exported).
 * @csspart when - Every timeline event's date (re-exported).
 * @csspart heading - The briefing's heading: "The story so far" in the labels' language, or the `heading` attribute.
 * @csspart briefing-title - The briefing's own title, hidden by default (`::part(briefing-title) { display: block }` shows it).
 * @csspart source-list - The disclosure under the heading that opens on the list of sources.
 * @csspart review - The line under the heading saying what the briefing is: "Generated automatically from 3 articles", or "Reviewed by the editors · 12 April 2017"; it opens the list of sources.
 * @csspart filter - With an actor chosen: "Showing Lavrov's positions · Show all", under the actors.
 * @csspart title - Every card's title (re-exported).
 * @csspart section-title - Every section's heading (re-exported).
 * @csspart card - Every card of every section (re-exported).
 * @csspart body - Every card's body (re-exported).
 * @csspart kind - Every kind label: "Stated", "Reported", "Disputed", "Answered", … (re-exported).
 * @csspart actor - Every actor's name; in the actors section a toggle with a dotted underline (`::part(actor) { text-decoration: none }` removes it) (re-exported).
 * @csspart quote - Every position's quote (re-exported).
 * @csspart claim - Every claim shown (re-exported).
 * @csspart key-points - The key points (re-exported).
 * @csspart sources - Every card's source line, "Sources: …", which opens on its evidence (re-exported).
 * @csspart source - Every source name or link (re-exported).
 * @csspart evidence - Every card's evidence disclosure (re-exported).
 * @csspart more - Every "Show more" button (re-exported).
 *
 * @cssprop [--briefing-color-accent=LinkText mixed with currentColor] - Accent colour (links, list markers, quote rule, chosen actor, badges).
 * @cssprop [--briefing-color-text=currentColor] - Text colour.
 * @cssprop [--briefing-color-muted=currentColor at 72%] - Secondary text colour.
 * @cssprop [--briefing-card-background=transparent] - Card background.
 * @cssprop [--briefing-border-color=currentColor at 22%] - Card border colour.
 * @cssprop [--briefing-background=Canvas] - The element's background with `theme="light"` or `"dark"`.
 * @cssprop [--briefing-radius=0.5rem] - Card corner radius.
 * @cssprop [--briefing-space=1rem] - Base spacing unit.
 * @cssprop [--briefing-font-family=inherit] - Font family.
 */
export class StoryBriefing extends BriefingElement {
  static override properties: PropertyDeclarations = {
    sections: {},
    maxKeyPoints: { type: Number, attribute: 'max-key-points' },
    maxActors: { type: Number, attribute: 'max-actors' },
    maxPositions: { type: Number, attribute: 'max-positions' },
    maxQuestions: { type: Number, attribute: 'max-questions' },
    maxEvents: { type: Number, attribute: 'max-events' },
    remember: { type: Boolean },
    _actor: { state: true },
  };

  /** Which sections to show, in order: `summary`, `actors`, `positions`, `questions` (default: all). */
  declare sections: string | undefined;
  /** Key points shown before "Show more" (default 2). */
  declare maxKeyPoints: number | undefined;
  /** Actor cards shown before "Show more" (default 6). */
  declare maxActors: number | undefined;
  /** Position cards shown before "Show more" (default 2). */
  declare maxPositions: number | undefined;
  /** Question cards shown before "Show more" (default 2). */
  declare maxQuestions: number | undefined;
  /** Timeline events shown before "Show more" (default 3). */
  declare maxEvents: number | undefined;
  /** Keep the reader's last visit (localStorage) and show what is new since. */
  declare remember: boolean;
  /** The briefing as this reader sees it with `remember`, worked out once per briefing (a visit is recorded once). */
  #visits = new WeakMap<Briefing, Visit>();

  /** The actor chosen in the actors section, whose positions alone are shown. */
  private declare _actor: string;
  /** The briefing `_actor` was chosen in. */
  #actorsOf?: Briefing;

  constructor() {
    super();
    this._actor = '';
    this.remember = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new briefing starts with no actor chosen.
    if (this.briefing !== this.#actorsOf) {
      this.#actorsOf = this.briefing;
      this._actor = '';
    }
  }

  /**
   * What each section shows before "Show more". Sharing one column of an article, the sections show
   * fewer positions and questions than each does alone: one row of each at 768 px.
   */
  #caps(): Record<string, number> {
    return {
      summary: positive(this.maxKeyPoints, 2),
      timeline: positive(this.maxEvents, 3),
      actors: positive(this.maxActors, 6),
      positions: positive(this.maxPositions, 2),
      questions: positive(this.maxQuestions, 2),
    };
  }

  protected override renderSkeleton() {
    const caps = this.#caps();
    return html`<div class="briefing" aria-hidden="true">
      <div class="briefing-header"><span class="bar title"></span><span class="source-list">${'x'}</span></div>
      ${parseSections(this.sections).map((name) => sectionSkeleton(name, this._shows(name == 'summary' ? 'key-points' : name, caps[name]!)))}
    </div>`;
  }

  /** While remember.ts is on its way, what is rendered is the skeleton (see renderBriefing): wait for it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.remember && !since && remembering ? remembering.then(() => this.getUpdateComplete()) : done;
  }

  protected override renderBriefing(loaded: Briefing) {
    let visit = this.remember ? this.#visits.get(loaded) : undefined;
    if (this.remember && !isServer && !visit) {
      if (since) {
        const { briefing, count } = since(loaded, timeOf);
        this.#visits.set(loaded, (visit = { briefing: normalizeBriefing(briefing), count }));
      } else {
        (remembering ??= importRemember().then(
          (module) => (since = module.sinceLastVisit),
          () => (since = (briefing) => ({ briefing, count: 0 })),
        )).then(() => this.requestUpdate());
        // The skeleton holds the place until then (a server-rendered briefing is hydrated as rendered).
        if (!(this._rendered && !this.hasUpdated)) return this._skeleton();
      }
    }
    const briefing = visit?.briefing || loaded;
    const level = this.level;
    const labels = this._labels;
    const lang = this._lang;
    const content = this._content;
    const actor = this._actor;
    const caps = this.#caps();
    const counts = countsOf(briefing);
    const names = parseSections(this.sections).filter((name) => (name == 'summary' ? briefing.summary.text || counts['key-points'] : counts[name]));
    // Shared by every section: they render the same briefing, one heading level down.
    const section = (name: string) => [
      html(sectionTemplate(name), briefing, level + 1, lang, this.layout ?? nothing, exported, caps[name], actor, this._expanded, this.#onPick),
      name == 'actors' && actor ? this.#filterBar(briefing) : nothing,
    ];
    const sources = briefing.sources;
    return html`<button class="skip" type="button" @click=${this.#skip}>${labels.skip}</button>
      <article class="briefing" aria-labelledby="briefing-heading">
        <header class="briefing-header" part="header">
          ${heading(level, this.heading || labels.storySoFar, 'briefing-heading', 'briefing-heading', 'heading')}
          ${briefing.title ? html`<p class="briefing-title" part="briefing-title" lang=${content} dir="auto">${briefing.title}</p>` : nothing}
          ${sources.length
            ? html`<details class="source-list" part="source-list">
                <summary class="muted" part="review">${reviewLabel(briefing, labels, lang)}</summary>
                <ol>
                  ${sources.map((source) => {
                    const name = sourceName(briefing, source, labels);
                    return html`<li>
                      ${renderSource(briefing, source, labels, content, source.title || name)}${source.title && source.publisher
                        ? html`, <bdi lang=${content}>${source.publisher}</bdi>`
                        : nothing}
                    </li>`;
                  })}
                </ol>
              </details>`
            : nothing}
          ${updatedLine(briefing, labels, lang)}
          ${visit ? sinceVisitLine(visit, labels, lang) : nothing}
        </header>
        ${names.length ? names.map(section) : html`<p class="empty">${labels.empty}</p>`}
        <p class="visually-hidden" aria-live="polite">${actor ? this.#showing(briefing) : ''}</p>
      </article>
      <span class="end" tabindex="-1"></span>`;
  }

  /** "Showing Lavrov's positions", the actor's name isolated from the label around it. */
  #showing(briefing: Briefing) {
    const [before, after] = this._labels.filtered;
    return html`${before}<bdi lang=${this._content}>${actorName(briefing, this._actor)}</bdi>${after}`;
  }

  /** Under the actors, where the reader chose one: what the sections below now show, and the way back. */
  #filterBar(briefing: Briefing) {
    return html`<p class="filter" part="filter">
      ${this.#showing(briefing)} · <button class="show-all" type="button" @click=${this.#showAll}>${this._labels.showAll}</button>
    </p>`;
  }

  #onPick(e: Event): void {
    this._actor = (e.target as HTMLElementTagNameMap['briefing-actors']).actor ?? '';
  }

  /** Back to everything; focus returns to the actor's name, where the reader chose it. */
  async #showAll(): Promise<void> {
    const id = this._actor;
    this._actor = '';
    await this.updateComplete;
    const actors = this.renderRoot.querySelector('briefing-actors');
    await actors?.updateComplete;
    actors?.renderRoot.querySelector<HTMLElement>(`[data-actor="${CSS.escape(id)}"]`)?.focus();
  }

  /** "Skip briefing": on to what follows it on the page. */
  #skip(): void {
    this.renderRoot.querySelector<HTMLElement>('.end')?.focus();
  }
}
