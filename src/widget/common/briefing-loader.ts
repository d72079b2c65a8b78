import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Briefing } from '../../format/schema.js';
import { BriefingErrorEvent, BriefingLoadEvent } from './events.js';
import { BriefingLoadError, fetchBriefing, parseJson, type BriefingErrorReason } from './fetch-briefing.js';
import { checkBriefing } from './check-briefing.js';
import { normalizeBriefing } from './normalize.js';
import { countsOf, parseCounts } from '../../format/counts.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the loader reads of its element. */
export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  data: unknown;
  loading: string | undefined;
}

/**
 * Where a briefing element's briefing comes from, in order of precedence: the `data` property;
 * the `src` attribute (fetched as JSON); a `<script type="application/json">` child (read only
 * when there is no `src`, so no request). Whatever the origin, it is normalised once (a briefing
 * already normalised, such as the one <story-briefing> hands its sections, is taken as it is).
 *
 * With `loading="lazy"` (the default) a `src` is fetched, and inline JSON rendered, only once the
 * element is within half a viewport of being visible (inline JSON is read at once, for the
 * skeleton's counts). A later `data`, `src` or disconnection
 * aborts a load under way; it ends in `briefing-load` or `briefing-error` (never for `data`).
 */
export class BriefingLoader implements ReactiveController {
  briefing?: Briefing;
  status: LoadStatus = 'idle';
  /** Why the last load failed (`invalid` for `data` that is no briefing). */
  reason?: BriefingErrorReason;
  /**
   * While loading, the briefing's counts once known (from inline JSON at once, or from the
   * `Briefing-Counts` header before the body), so the skeleton holds the place it will take.
   */
  counts?: Record<string, number>;

  #host: LoaderHost;
  #message: (reason: BriefingErrorReason) => string;
  #data: unknown;
  #src: string | undefined;
  #abort?: AbortController;
  #reloadOnConnect = false;
  #observer?: IntersectionObserver;
  #near?: Promise<void>;

  constructor(host: LoaderHost, message: (reason: BriefingErrorReason) => string) {
    this.#host = host;
    this.#message = message;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    // A load cut short by disconnection starts again; otherwise, without `data` or `src`, read the
    // inline JSON child if there is one.
    if (this.#reloadOnConnect || (host.data == null && !host.src && this.status === 'idle')) {
      this.#reloadOnConnect = false;
      // While the document is still parsing, an upgraded element may not have its children yet.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
      } else {
        void this.#load();
      }
    }
  }

  hostDisconnected(): void {
    // Observing starts afresh on reconnection (the pending load is aborted and restarted then).
    this.#observer?.disconnect();
    this.#near = undefined;
    if (this.#abort) {
      this.set(undefined, 'idle');
      this.#reloadOnConnect = true;
    }
  }

  /** Follow the host's `data` and `src`; called before each render (from `willUpdate`). */
  sync(): void {
    const { data, src } = this.#host;
    const dataChanged = data !== this.#data;
    const srcChanged = src !== this.#src;
    const hadData = this.#data != null;
    this.#data = data;
    this.#src = src;
    if (dataChanged) {
      if (data != null) {
        try {
          this.set(normalizeBriefing(data));
        } catch {
          // Not a briefing at all: the error state, and no event (the caller set it directly).
          this.set(undefined, 'error', 'invalid');
        }
        return;
      }
      if (hadData) {
        this.set(undefined, 'idle');
        if (src) void this.#load();
        return;
      }
    }
    if (srcChanged && data == null) {
      if (src) void this.#load();
      else if (this.#abort) this.set(undefined, 'idle');
    }
  }

  /** Set what is rendered; any load still under way is cancelled. */
  set(briefing: Briefing | undefined, status: LoadStatus = briefing ? 'ready' : 'error', reason?: BriefingErrorReason): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.briefing = briefing;
    this.status = status;
    this.reason = reason;
    this.#host.requestUpdate();
  }

  /** Resolves once the element is near the viewport (at once with `loading="eager"`). */
  #whenNear(): Promise<void> {
    if (this.#host.loading === 'eager') return Promise.resolve();
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
      this.#observer.observe(this.#host);
    }));
  }

  async #load(): Promise<void> {
    const host = this.#host;
    const src = host.src;
    const script = src ? null : host.querySelector(':scope > script[type="application/json"]');
    if (host.data != null || !(src || (script && this.status === 'idle'))) return;
    this.counts = undefined;
    this.set(undefined, 'loading');
    const { signal } = (this.#abort = new AbortController());
    let briefing: Briefing;
    try {
      // Inline JSON is read at once, for its counts (in time for the first render); it is rendered
      // near the viewport all the same.
      const inline = script && checkBriefing(parseJson(script.textContent ?? ''));
      if (inline) this.counts = countsOf(inline);
      await this.#whenNear();
      if (signal.aborted) return;
      briefing =
        inline ||
        checkBriefing(
          await fetchBriefing(src!, signal, (headers) => {
            this.counts = parseCounts(headers.get('briefing-counts') ?? '');
            host.requestUpdate();
          }),
        );
      if (signal.aborted) return;
    } catch (error) {
      if (signal.aborted) return;
      const reason = error instanceof BriefingLoadError ? error.reason : 'invalid';
      this.set(undefined, 'error', reason);
      await host.updateComplete;
      host.dispatchEvent(new BriefingErrorEvent({ message: this.#message(reason), reason, error, src }));
      return;
    }
    this.set(briefing);
    await host.updateComplete;
    if (this.briefing === briefing) host.dispatchEvent(new BriefingLoadEvent({ briefing, src }));
  }
}

/**
 * A server-rendered element's inline briefing (`briefing render`), read at once rather than near
 * the viewport, so that the first render matches the rendered DOM and hydrates it instead of
 * replacing it with a skeleton. A file that is no briefing is left to the usual load to report.
 * A function rather than a method, so that the plain embed, which does not hydrate, leaves it out.
 */
export function readRendered(loader: BriefingLoader, host: LoaderHost): void {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (host.data != null || host.src || loader.status !== 'idle' || !script) return;
  let briefing: Briefing;
  try {
    briefing = checkBriefing(parseJson(script.textContent ?? ''));
  } catch {
    return;
  }
  loader.set(briefing);
  void host.updateComplete.then(() => {
    if (loader.briefing === briefing) host.dispatchEvent(new BriefingLoadEvent({ briefing }));
  });
}
