import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingErrorEvent, BriefingLoadEvent, BriefingSelectEvent, type BriefingSelectDetail } from './events.js';
import { clampLevel } from './heading.js';
import { labelsFor, languageOf, type Labels } from './labels.js';
import { normalizeBriefing } from './normalize.js';
import { checkBriefing } from './check-briefing.js';
import { styles } from './styles.js';
import { BriefingLoadError, fetchBriefing, parseJson } from './fetch-briefing.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** How many more items each press of "Show more" reveals: enough to read on, few enough to stay fast. */
const STEP = 50;

/** A positive whole number, or `fallback` for anything else (attributes are untrusted too). */
export const positive = (value: unknown, fallback: number): number => {
  const n = Math.floor(Number(value));
  return n > 0 ? n : fallback;
};

/**
 * Shared loading logic for every briefing element. The briefing comes from, in order of
 * precedence: the `data` property; the `src` attribute (fetched as JSON); a
 * `<script type="application/json">` child (read only when there is no `src`, so no request).
 * Whatever the origin, it is normalised before rendering.
 *
 * Subclasses implement `renderBriefing()`; this class renders the loading, error and idle states
 * and dispatches `briefing-load` / `briefing-error` (only for `src` and inline JSON: setting
 * `data` yourself is synchronous and fires nothing).
 *
 * With `loading="lazy"` (the default) a `src` is fetched, and inline JSON read, only once the
 * element is within half a viewport of being visible; the skeleton holds its place until then.
 */
export abstract class BriefingElement extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    src: { type: String },
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    heading: {},
    language: { attribute: 'lang' },
    theme: { reflect: true },
    layout: { reflect: true },
    showEvidence: { type: Boolean, attribute: 'show-evidence' },
    loading: {},
    _briefing: { state: true },
    _status: { state: true },
    _message: { state: true },
    _extra: { state: true },
  };

  /** URL of a briefing JSON file. */
  declare src: string | undefined;
  /** A briefing object; takes precedence over `src` and inline JSON. */
  declare data: Briefing | undefined;
  /** Level of the element's top heading (1–6, default 2); invalid values fall back to 2. */
  declare headingLevel: number;
  /** Text of the element's top heading, instead of the briefing's title or the section's name. */
  declare heading: string | undefined;
  /** The `lang` attribute: language of the labels (`en`, `fr`); unset, the nearest ancestor's `lang`. */
  declare language: string | undefined;
  /** `auto` (the host page's colours), `light` or `dark` (own background); invalid values mean `auto`. */
  declare theme: string | undefined;
  /** `grid` (cards side by side), `list` (one column) or `compact` (one dense column); invalid values mean `grid`. */
  declare layout: string | undefined;
  /** Show every card's evidence expanded rather than collapsed. */
  declare showEvidence: boolean;
  /** `lazy` (default): fetch and render only near the viewport; `eager`: at once. */
  declare loading: string | undefined;

  protected declare _briefing: Briefing | undefined;
  protected declare _status: LoadStatus;
  protected declare _message: string;
  /** Items revealed by "Show more" beyond the cap. */
  protected declare _extra: number;

  #abort?: AbortController;
  #reloadOnConnect = false;
  #observer?: IntersectionObserver;
  #near?: Promise<void>;

  constructor() {
    super();
    this.headingLevel = 2;
    this.showEvidence = false;
    this._status = 'idle';
    this._message = '';
    this._extra = 0;
  }

  /** The briefing currently rendered (normalised), whatever its origin. */
  get briefing(): Briefing | undefined {
    return this._briefing;
  }

  /** `idle`, `loading`, `ready` or `error`. */
  get status(): LoadStatus {
    return this._status;
  }

  /** The clamped heading level for this element's top heading. */
  protected get level(): number {
    return clampLevel(this.headingLevel);
  }

  /** The language the labels are in: this element's `lang`, else the nearest ancestor's. */
  protected get lang_(): string {
    return languageOf(this.closest('[lang]')?.getAttribute('lang'));
  }

  protected get labels(): Labels {
    return labelsFor(this.lang_);
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
    const limit = max + this._extra;
    const hidden = items.length - limit;
    return [
      items.slice(0, limit),
      hidden > 0
        ? html`<button class="more" part="more" type="button" aria-describedby=${describedBy} @click=${this.#more}>
            ${this.labels.more} (${hidden})
          </button>`
        : nothing,
    ];
  }

  #more(): void {
    this._extra += STEP;
  }

  /** Resolves once the element is near the viewport (at once with `loading="eager"`). */
  #whenNear(): Promise<void> {
    if (this.loading === 'eager') return Promise.resolve();
    return (this.#near ??= new Promise((resolve) => {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#observer?.disconnect();
            resolve();
          }
        },
        { rootMargin: '50% 0px' },
      );
      this.#observer.observe(this);
    }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by disconnection starts again; otherwise, without `data` or `src`, read the
    // inline JSON child if there is one.
    if (this.#reloadOnConnect || (this.data == null && !this.src && this._status === 'idle')) {
      this.#reloadOnConnect = false;
      // While the document is still parsing, an upgraded element may not have its children yet.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
      } else {
        void this.#load();
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Observing starts afresh on reconnection (the pending load is aborted and restarted then).
    this.#observer?.disconnect();
    this.#near = undefined;
    if (this.#abort) {
      this.#show(undefined, '', 'idle');
      this.#reloadOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      if (this.data != null) {
        this.#cancel();
        try {
          this.#show(normalizeBriefing(this.data));
        } catch {
          // Not a briefing at all: show the error state (no event, the caller set it directly).
          this.#show(undefined, this.labels.unreadable);
        }
        return;
      }
      if (changed.get('data') != null) {
        this.#show(undefined, '', 'idle');
        if (this.src) void this.#load();
        return;
      }
    }
    if (changed.has('src') && this.data == null) {
      if (this.src) void this.#load();
      else if (this.#abort) this.#show(undefined, '', 'idle');
    }
  }

  /** Set what is rendered; any load still under way is cancelled. */
  #show(briefing: Briefing | undefined, message = '', status: LoadStatus = briefing ? 'ready' : 'error'): void {
    this.#cancel();
    // A new briefing starts capped again.
    if (briefing !== this._briefing) this._extra = 0;
    this._briefing = briefing;
    this._status = status;
    this._message = message;
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /**
   * Load from `src` or, without one, from the inline JSON child (if any), once near the viewport;
   * a later `data`, `src` or disconnection aborts it. Ends in `briefing-load` or `briefing-error`.
   */
  async #load(): Promise<void> {
    const src = this.src;
    const script = src ? null : this.querySelector(':scope > script[type="application/json"]');
    if (this.data != null || !(src || (script && this._status === 'idle'))) return;
    this.#show(undefined, '', 'loading');
    const { signal } = (this.#abort = new AbortController());
    let briefing: Briefing;
    try {
      await this.#whenNear();
      if (signal.aborted) return;
      const json = src ? await fetchBriefing(src, signal) : parseJson(script!.textContent ?? '');
      if (signal.aborted) return;
      briefing = checkBriefing(json);
    } catch (error) {
      if (signal.aborted) return;
      const reason = error instanceof BriefingLoadError ? error.reason : 'invalid';
      // Whether the file could not be had, or was had and is not a briefing this widget reads.
      const message = /^(network|http|timeout|too-large)$/.test(reason) ? this.labels.fetchFailed : this.labels.unreadable;
      this.#show(undefined, message);
      await this.updateComplete;
      this.dispatchEvent(new BriefingErrorEvent({ message, reason, error, src }));
      return;
    }
    this.#show(briefing);
    await this.updateComplete;
    if (this._briefing === briefing) this.dispatchEvent(new BriefingLoadEvent({ briefing, src }));
  }

  override render() {
    const status = this._status;
    return status === 'loading'
      ? html`<div class="skeleton" role="status">
          <span class="visually-hidden">${this.labels.loading}</span>
          ${this.renderSkeleton()}
        </div>`
      : status === 'error'
        ? html`<p class="error" role="alert">${this._message}</p>`
        : this._briefing && this.renderBriefing(this._briefing);
  }

  /** Render a loaded briefing. */
  protected abstract renderBriefing(briefing: Briefing): unknown;

  /** Placeholders shaped like the rendered briefing under the default caps (see skeleton.ts). */
  protected abstract renderSkeleton(): unknown;
}
