import { LitElement, adoptStyles, html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingLoader, readRendered, type LoadStatus } from './briefing-loader.js';
import { BriefingSelectEvent, type BriefingSelectDetail } from './events.js';
import { clampLevel, heading } from './heading.js';
import { LANGUAGES, directionOf, english, labelsFor, languageOf, provideLabels, type Labels } from './labels.js';
import { styles } from './styles.js';

export type { LoadStatus };

declare const __HYDRATION__: boolean | undefined;
/**
 * Whether this build hydrates server-rendered HTML. Only the plain classic script
 * (dist/story-briefing.js, held to a size budget) is built without (vite.config.ts); anywhere
 * the constant is not defined, hydration is on.
 */
const HYDRATION = typeof __HYDRATION__ === 'undefined' || __HYDRATION__;

/** How many more items each press of "Show more" reveals: enough to read on, few enough to stay fast. */
const STEP = 50;

/** A positive whole number, or `fallback` for anything else (attributes are untrusted too). */
export const positive = (value: unknown, fallback: number): number => {
  const n = Math.floor(Number(value));
  return n > 0 ? n : fallback;
};

/**
 * What every briefing element shares: loading (a BriefingLoader: `data`, `src` or inline JSON),
 * the loading, error and idle states, labels, heading level and "Show more".
 *
 * Subclasses implement `renderBriefing()` and `renderSkeleton()`.
 */
export abstract class BriefingElement extends LitElement {
  static override styles: CSSResultGroup = styles;
  static override properties: PropertyDeclarations = {
    // Attributes are read as strings unless a type says otherwise.
    src: {},
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    heading: {},
    language: { attribute: 'lang' },
    theme: { reflect: true },
    layout: { reflect: true },
    showEvidence: { type: Boolean, attribute: 'show-evidence' },
    loading: {},
    errors: {},
    _extra: { state: true },
    _print: { state: true },
  };

  /** URL of a briefing JSON file. */
  declare src: string | undefined;
  /** A briefing object; takes precedence over `src` and inline JSON. */
  declare data: Briefing | undefined;
  /** Level of the element's top heading (1–6, default 2); invalid values fall back to 2. */
  declare headingLevel: number;
  /** Text of the element's top heading, instead of the briefing's title or the section's name. */
  declare heading: string | undefined;
  /** The `lang` attribute: language of the labels (`en`, `fr`, `de`, `es`, `it`, `pt`, `ar`); unset, the nearest ancestor's `lang`. */
  declare language: string | undefined;
  /** `auto` (the host page's colours), `light` or `dark` (own background); invalid values mean `auto`. */
  declare theme: string | undefined;
  /** `grid` (cards side by side), `list` (one column) or `compact` (one dense column); invalid values mean `grid`. */
  declare layout: string | undefined;
  /** Show every card's evidence expanded rather than collapsed. */
  declare showEvidence: boolean;
  /** `lazy` (default): fetch and render only near the viewport; `eager`: at once. */
  declare loading: string | undefined;
  /** `show`: a failed load shows its message (for editors); by default the element collapses to nothing. */
  declare errors: string | undefined;

  /** Whether the shadow root was server-rendered (`briefing render`): the first render hydrates it. */
  protected declare _rendered?: boolean;
  /** Items revealed by "Show more" beyond the cap. */
  protected declare _extra: number;
  /** Printing: every item shown, every disclosure open. */
  protected declare _print: boolean;
  #onPrint = (e: Event) => void (this._print = e.type === 'beforeprint');
  #internals?: ElementInternals;

  #loader = new BriefingLoader(this, (reason) => this.#messageFor(reason));
  /** The briefing `_extra` counts for: a new briefing starts capped again. */
  #shown?: Briefing;

  constructor() {
    super();
    this.headingLevel = 2;
    this.showEvidence = false;
    this._extra = 0;
    this._print = false;
  }


  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  /** Whether evidence is shown expanded: `show-evidence`, or printing. */
  protected get _expanded(): boolean {
    return this.showEvidence || this._print;
  }

  /** The briefing currently rendered (normalised), whatever its origin. */
  get briefing(): Briefing | undefined {
    return this.#loader.briefing;
  }

  /** `idle`, `loading`, `ready` or `error`. */
  get status(): LoadStatus {
    return this.#loader.status;
  }

  /** The clamped heading level for this element's top heading. */
  protected get level(): number {
    return clampLevel(this.headingLevel);
  }

  /** The language the labels are in: this element's `lang`, else the nearest ancestor's. */
  protected get _lang(): string {
    // Rendered on the server (`briefing render`) there are no ancestors: its own attribute decides.
    return languageOf(this.language || (isServer ? undefined : this.closest('[lang]')?.getAttribute('lang')));
  }

  /** The labels of the last render (English until a pack arrives). */
  protected _labels: Labels = english;

  /** The language of the briefing's own text (its `language`, English by default). */
  protected get _content(): string {
    return this.briefing?.language || 'en';
  }

  /** How many `kind` items a list capped at `cap` will show, as far as is known while the briefing loads. */
  protected _shows(kind: string, cap: number): number {
    return Math.min(cap, this.#loader.counts?.[kind] ?? cap);
  }

  /** Tell the page that the reader opened an actor, position or question. */
  protected select(kind: BriefingSelectDetail['kind'], id: string): void {
    this.dispatchEvent(new BriefingSelectEvent({ kind, id }));
  }

  /**
   * The first `max` items (plus any revealed by "Show more"), and the "Show more" button for the
   * rest. Caps keep a huge briefing fast to render and the default height predictable.
   */
  protected capped<T>(items: readonly T[], max: number, describedBy: string): [T[], unknown] {
    const limit = this._print ? Infinity : max + this._extra;
    const hidden = items.length - limit;
    return [
      items.slice(0, limit),
      hidden > 0
        ? html`<button class="more" part="more" type="button" aria-describedby=${describedBy} @click=${() => this.#more(limit)}>
            ${this._labels.more} (${hidden})
          </button>`
        : nothing,
    ];
  }

  /**
   * A section of cards: its heading (the `heading` attribute, else `title`) with "Show more" at
   * the end of its line, over `body` of the items shown (see `capped`). No items, no section: an
   * empty section is left out.
   */
  protected _section<T>(name: string, title: string, items: readonly T[], max: number, body: (shown: T[]) => unknown) {
    if (!items.length) return nothing;
    const id = `${name}-title`;
    const [shown, more] = this.capped(items, max, id);
    return html`<section class="section" aria-labelledby=${id}>
      <div class="section-head">${heading(this.level, this.heading || title, 'section-title', id, 'section-title')}${more}</div>
      ${body(shown)}
    </section>`;
  }

  /**
   * Reveal more cards and move focus to the first of them (the button may be gone): the first in
   * reading order whose rank in the capped list is past what was shown (a card's place, unless it
   * says otherwise in `data-rank`, as timeline events shown out of rank order do).
   */
  async #more(shown: number): Promise<void> {
    this._extra += STEP;
    await this.updateComplete;
    [...this.renderRoot.querySelectorAll<HTMLElement>('li[tabindex]')].find((li, i) => +(li.dataset.rank ?? i) >= shown)?.focus();
  }

  override connectedCallback(): void {
    // Before Lit creates a shadow root, one already there is a declarative one, server-rendered by
    // `briefing render`. Its briefing and its labels are read now, so that the first render is the
    // same briefing in the same labels and hydrates the rendered DOM (a pack fetched later would
    // come after the first render). Its `<style>` elements are inline styles, which a strict
    // Content-Security-Policy blocks, so the constructed stylesheets are adopted as well (Lit's
    // hydration takes the shadow root as it is).
    if (HYDRATION && this.shadowRoot && !this.hasUpdated) {
      adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
      this._rendered = true;
      const pack = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"][data-labels]');
      try {
        if (pack && LANGUAGES.includes(pack.dataset.labels!)) provideLabels(pack.dataset.labels!, JSON.parse(pack.text));
      } catch {
        // Unreadable: fetched as on any other page.
      }
      readRendered(this.#loader, this);
    }
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#loader.sync();
    if (this.briefing !== this.#shown) {
      this.#shown = this.briefing;
      this._extra = 0;
    }
  }

  protected override updated(): void {
    // A failed load collapses to nothing for readers (styles.ts), unless errors="show".
    const states = (this.#internals ??= this.attachInternals()).states;
    if (this.status === 'error' && this.errors !== 'show') states?.add('collapsed');
    else states?.delete('collapsed');
  }

  /** Whether the file could not be had, or was had and is not a briefing this widget reads. */
  #messageFor(reason: string | undefined): string {
    return /^(network|http|timeout|too-large)$/.test(reason ?? '') ? this._labels.fetchFailed : this._labels.unreadable;
  }

  override render() {
    const lang = this._lang;
    // Until its labels are here, a briefing in another language keeps the skeleton's place; but a
    // server-rendered one is hydrated at once, in English until they come (hydration keeps the
    // rendered text, and the labels arrive as the same words): a skeleton would not match the
    // rendered DOM, and Lit would draw the briefing a second time beside it.
    const labels = labelsFor(lang, () => this.requestUpdate());
    if (labels) this._labels = labels;
    const status = labels || (HYDRATION && this._rendered && !this.hasUpdated) ? this.status : 'loading';
    // Labels in their language and direction; the briefing's text sets its own (see _content).
    return html`<div class="root" lang=${lang} dir=${directionOf(lang)}>
      ${status === 'loading'
        ? this._skeleton()
        : status === 'error'
          ? this.errors === 'show'
            ? html`<p class="error" role="alert">${this.#messageFor(this.#loader.reason)}</p>`
            : nothing
          : this.briefing && this.renderBriefing(this.briefing)}
    </div>`;
  }

  /** The placeholder that holds the briefing's place while it loads, announced as loading. */
  protected _skeleton() {
    return html`<div class="skeleton" role="status">
      <span class="visually-hidden">${this._labels.loading}</span>
      ${this.renderSkeleton()}
    </div>`;
  }

  /** Render a loaded briefing. */
  protected abstract renderBriefing(briefing: Briefing): unknown;

  /** Placeholders shaped like the rendered briefing under the default caps (see skeleton.ts). */
  protected abstract renderSkeleton(): unknown;
}
