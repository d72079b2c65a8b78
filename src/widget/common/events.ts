import type { Briefing } from '../../format/schema.js';

export interface BriefingLoadDetail {
  /** The briefing as rendered (normalised). */
  briefing: Briefing;
  /** The URL it was fetched from; absent for inline `<script type="application/json">` data. */
  src?: string;
}

export interface BriefingErrorDetail {
  /** A short human-readable message, the same text the element shows. */
  message: string;
  /** The underlying error (network, HTTP status, JSON parse or shape). */
  error: unknown;
  src?: string;
}

const init = { bubbles: true, composed: true } as const;

/** Fired when a briefing has been loaded from `src` or an inline JSON script and rendered. */
export class BriefingLoadEvent extends CustomEvent<BriefingLoadDetail> {
  constructor(detail: BriefingLoadDetail) {
    super('briefing-load', { ...init, detail });
  }
}

/** Fired when a briefing could not be fetched, parsed or understood. */
export class BriefingErrorEvent extends CustomEvent<BriefingErrorDetail> {
  constructor(detail: BriefingErrorDetail) {
    super('briefing-error', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'briefing-load': BriefingLoadEvent;
    'briefing-error': BriefingErrorEvent;
  }
}
