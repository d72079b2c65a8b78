import { html, type PropertyDeclarations } from 'lit';
import type { Briefing, TimelineEntry } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { dateText } from '../common/dates.js';
import { renderEvidence } from '../common/evidence.js';
import type { Labels } from '../common/labels.js';
import { sectionSkeleton } from '../common/skeleton.js';
import { clip, eventsFirst } from '../common/concise.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$/;

/**
 * An entry's date for a reader, at its precision: "11 April 2017", "April 2017", "2017",
 * "Week of 3 April 2017"; an entry without one shows its phrase as written ("on Tuesday").
 */
export function formatDate(entry: TimelineEntry, labels: Labels): string {
  const m = DATE.exec(entry.date ?? '');
  if (!m) return entry.when;
  const [, y, month, day, week] = m;
  // Days past the end of a month (or before its start) roll over, as Date.UTC counts them.
  const utc = (mo: number, d: number) => Date.UTC(+y!, mo, d);
  if (week) {
    // The Monday of ISO week 1 is the Monday on or before 4 January.
    const monday = 4 - ((new Date(utc(0, 4)).getUTCDay() + 6) % 7);
    return `${labels.weekOf} ${dateText(labels, utc(0, monday + (+week - 1) * 7))}`;
  }
  if (day) return dateText(labels, utc(+month! - 1, +day));
  if (month) return dateText(labels, utc(+month - 1, 1), false);
  return y!;
}

/**
 * @tagname briefing-timeline
 * @summary The story's dated events in order: an ordered list, each event's date (a `<time>`) beside the sentence that tells it (above it where the line is narrow) and its source line. Left out when the briefing has no timeline.
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
 * @attr max-events - Events shown before "Show more" (default 3; invalid values mean 3): new ones first, then those the summary and key points do not tell, shown in the timeline's order.
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows with `errors="show"`, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's, question's or timeline event's evidence (`position`, `question`, `event`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart section-title - The section's heading.
 * @csspart event - One event (an `<li>`).
 * @csspart when - An event's date (a `<time>` when the briefing resolved it).
 * @csspart new - The "New" badge of an item new in the latest update (with `remember`, since the reader's last visit).
 * @csspart sources - An event's source line, "Source: …", which opens on its evidence.
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 * @csspart evidence - An event's evidence disclosure (`<details>`): the exact spans, each labelled with its source.
 * @csspart more - The "Show more" button.
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
export class BriefingTimeline extends BriefingElement {
  static override properties: PropertyDeclarations = {
    maxEvents: { type: Number, attribute: 'max-events' },
  };

  /** How many events to show before "Show more" (default 3). */
  declare maxEvents: number | undefined;

  protected override renderSkeleton() {
    return sectionSkeleton('timeline', this._shows('timeline', positive(this.maxEvents, 3)));
  }

  protected override renderBriefing(briefing: Briefing) {
    // The events that deserve a place come first (eventsFirst); those shown keep the timeline's order.
    const ranked = eventsFirst(briefing);
    return this._section('timeline', this._labels.timeline, ranked, positive(this.maxEvents, 3), (shown) => {
      const kept = new Set(shown);
      return html`<ol class="events" role="list" aria-labelledby="timeline-title">
        ${briefing.timeline!.filter((entry) => kept.has(entry)).map((entry) => this._renderEvent(briefing, entry, ranked.indexOf(entry)))}
      </ol>`;
    });
  }

  private _renderEvent(briefing: Briefing, entry: TimelineEntry, rank: number) {
    const labels = this._labels;
    const when = formatDate(entry, labels);
    // data-rank: "Show more" focuses the first event revealed (BriefingElement).
    return html`<li class="event" part="event" tabindex="-1" data-rank=${rank}>
      ${DATE.test(entry.date ?? '')
        ? html`<time class="when" part="when" datetime=${entry.date!}>${when}</time>`
        : html`<span class="when" part="when">${when}</span>`}
      <div class="what">
        <p><bdi lang=${this._content}>${entry.text}</bdi> ${newBadge(entry, labels)}</p>
        ${renderEvidence(briefing, entry.evidence, labels, this._content, this._expanded, `${when}, ${clip(entry.text)}`, () => this.select('event', entry.id))}
      </div>
    </li>`;
  }
}
