import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingErrorEvent, BriefingLoadEvent } from './events.js';
import { clampLevel } from './heading.js';
import { messages } from './labels.js';
import { normalizeBriefing } from './normalize.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly status: number, url: string) {
    super(`HTTP ${status} for ${url}`);
  }
}

/**
 * Shared loading logic for every briefing element. The briefing comes from, in order of
 * precedence: the `data` property; the `src` attribute (fetched as JSON); a
 * `<script type="application/json">` child (read only when there is no `src`, so no request).
 * Whatever the origin, it is normalised before rendering.
 *
 * Subclasses implement `renderBriefing()`; this class renders the loading, error and idle states
 * and dispatches `briefing-load` / `briefing-error` (only for `src` and inline JSON: setting
 * `data` yourself is synchronous and fires nothing).
 */
export abstract class BriefingElement extends LitElement {
  static override properties = {
    src: { type: String },
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _briefing: { state: true },
    _status: { state: true },
    _message: { state: true },
  };

  /** URL of a briefing JSON file. */
  declare src: string | undefined;
  /** A briefing object; takes precedence over `src` and inline JSON. */
  declare data: Briefing | undefined;
  /** Level of the element's top heading (1–6, default 2); invalid values fall back to 2. */
  declare headingLevel: number;

  protected declare _briefing: Briefing | undefined;
  protected declare _status: LoadStatus;
  protected declare _message: string;

  private _abort?: AbortController;
  private _reloadOnConnect = false;

  constructor() {
    super();
    this.headingLevel = 2;
    this._status = 'idle';
    this._message = '';
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

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._reloadOnConnect && this.src && this.data == null) {
      this._reloadOnConnect = false;
      void this._load(this.src);
    } else if (this.data == null && !this.src && this._status === 'idle') {
      // While the document is still parsing, an upgraded element may not have its children yet.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this._readInlineJson(), { once: true });
      } else {
        this._readInlineJson();
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._status === 'loading' && this._abort) {
      this._abort.abort();
      this._abort = undefined;
      this._reloadOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      if (this.data != null) {
        this._cancel();
        try {
          this._show(normalizeBriefing(this.data));
        } catch {
          // Not a briefing at all: show the error state (no event, the caller set it directly).
          this._status = 'error';
          this._message = messages.unreadable;
          this._briefing = undefined;
        }
        return;
      }
      if (changed.get('data') != null) {
        this._briefing = undefined;
        this._status = 'idle';
        if (this.src) void this._load(this.src);
        return;
      }
    }
    if (changed.has('src') && this.data == null) {
      if (this.src) void this._load(this.src);
      else if (this._status === 'loading') {
        this._cancel();
        this._status = 'idle';
      }
    }
  }

  private _show(briefing: Briefing): void {
    this._briefing = briefing;
    this._status = 'ready';
    this._message = '';
  }

  private _cancel(): void {
    this._abort?.abort();
    this._abort = undefined;
  }

  private _readInlineJson(): void {
    if (this.data != null || this.src || this._status !== 'idle') return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    let briefing: Briefing;
    try {
      briefing = normalizeBriefing(JSON.parse(script.textContent ?? ''));
    } catch (error) {
      this._fail(messages.unreadable, error);
      return;
    }
    this._show(briefing);
    void this._announce(briefing);
  }

  private async _load(src: string): Promise<void> {
    this._cancel();
    const controller = new AbortController();
    this._abort = controller;
    this._status = 'loading';
    this._briefing = undefined;
    let briefing: Briefing;
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new HttpError(response.status, src);
      const json: unknown = await response.json();
      if (controller.signal.aborted) return;
      briefing = normalizeBriefing(json);
    } catch (error) {
      if (controller.signal.aborted) return;
      this._abort = undefined;
      const network = error instanceof HttpError || error instanceof TypeError;
      this._fail(network ? messages.fetchFailed : messages.unreadable, error, src);
      return;
    }
    this._abort = undefined;
    this._show(briefing);
    void this._announce(briefing, src);
  }

  private async _announce(briefing: Briefing, src?: string): Promise<void> {
    await this.updateComplete;
    if (this._briefing === briefing) this.dispatchEvent(new BriefingLoadEvent({ briefing, src }));
  }

  private async _fail(message: string, error: unknown, src?: string): Promise<void> {
    this._status = 'error';
    this._message = message;
    this._briefing = undefined;
    await this.updateComplete;
    this.dispatchEvent(new BriefingErrorEvent({ message, error, src }));
  }

  override render() {
    switch (this._status) {
      case 'loading':
        return html`<div class="skeleton" role="status">
          <span class="visually-hidden">${messages.loading}</span>
          <span class="bar" aria-hidden="true"></span>
          <span class="bar" aria-hidden="true"></span>
          <span class="bar short" aria-hidden="true"></span>
        </div>`;
      case 'error':
        return html`<p class="error" role="alert">${this._message}</p>`;
      case 'ready':
        return this._briefing ? this.renderBriefing(this._briefing) : nothing;
      default:
        return nothing;
    }
  }

  /** Render a loaded briefing. */
  protected abstract renderBriefing(briefing: Briefing): unknown;
}
