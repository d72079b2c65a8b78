import type { Briefing } from '../../format/schema.js';
import type { BriefingErrorReason } from './fetch-briefing.js';

export interface BriefingLoadDetail {
  /** The briefing as rendered (normalised). */
  briefing: Briefing;
  /** The URL it was fetched from; absent for inline `<script type="application/json">` data. */
  src?: string;
}

export interface BriefingErrorDetail {
  /** A short human-readable message, the same text the element shows. */
  message: string;
  /**
   * Why, for scripts: `network`, `http` (an error status), `timeout`, `too-large` (over 10 MB),
   * `not-json`, `version` (an unknown major version) or `invalid` (not a briefing: wrong shape, or
   * a reference to an actor or source it does not contain).
   */
  reason: BriefingErrorReason;
  /** The underlying error (network, HTTP status, JSON parse or shape). */
  error: unknown;
  src?: string;
}

export interface BriefingSelectDetail {
  /** What the reader opened: an actor (chosen to filter the positions), a position, a question or a timeline event (its evidence opened). */
  kind: 'actor' | 'position' | 'question' | 'event';
  /** The item's id in the briefing. */
  id: string;
}

/** The widget's public events all bubble and cross shadow boundaries, so a page can listen anywhere. */
class BriefingEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

/** Fired when a briefing has been loaded from `src` or an inline JSON script and rendered. */
export class BriefingLoadEvent extends BriefingEvent<BriefingLoadDetail> {
  constructor(detail: BriefingLoadDetail) {
    super('briefing-load', detail);
  }
}

/** Fired when a briefing could not be fetched, parsed or understood. */
export class BriefingErrorEvent extends BriefingEvent<BriefingErrorDetail> {
  constructor(detail: BriefingErrorDetail) {
    super('briefing-error', detail);
  }
}

/** Fired when a reader opens an actor, position or question (for analytics). */
export class BriefingSelectEvent extends BriefingEvent<BriefingSelectDetail> {
  constructor(detail: BriefingSelectDetail) {
    super('briefing-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'briefing-select': BriefingSelectEvent;
    'briefing-load': BriefingLoadEvent;
    'briefing-error': BriefingErrorEvent;
  }
}
