import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Briefing, Question, ResolvedQuestion } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { renderEvidence } from '../common/evidence.js';
import { heading } from '../common/heading.js';
import { label } from '../common/labels.js';
import { actorName } from '../common/normalize.js';
import { clip } from '../common/concise.js';
import { sectionSkeleton } from '../common/skeleton.js';

/** Actors named on a question's card; more are counted ("+3"): the filter finds them all. */
const NAMES = 3;

/**
 * @tagname briefing-questions
 * @summary What is still open (disputed, unresolved, upcoming) and what has been answered.
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
 * @attr max-questions - Question cards (open first, then answered) shown before "Show more" (default 4; invalid values mean 4).
 * @attr actor - Show only the questions this actor is part of (an actor id).
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows with `errors="show"`, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart card - One question's card.
 * @csspart header - A card's header (question and kind).
 * @csspart title - A card's title: the question.
 * @csspart kind - The kind label ("Disputed", "Answered", …).
 * @csspart body - The answer, actors involved and sources.
 * @csspart actor - The name of an actor involved.
 * @csspart sources - A card's source line, "Sources: …", which opens on its evidence.
 * @csspart section-title - The section's heading and its groups' headings.
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 * @csspart evidence - A card's evidence disclosure (`<details>`): the exact spans, each labelled with its source.
 * @csspart new - The "New" badge of an item new in the latest update.
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
export class BriefingQuestions extends BriefingElement {
  static override properties: PropertyDeclarations = {
    maxQuestions: { type: Number, attribute: 'max-questions' },
    actor: {},
  };

  /** How many question cards (open first, then answered) to show before "Show more" (default 4). */
  declare maxQuestions: number | undefined;
  /** Show only the questions this actor is part of (an actor id); empty shows all. */
  declare actor: string | undefined;

  protected override renderSkeleton() {
    return sectionSkeleton('questions', positive(this.maxQuestions, 4));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('actor')) this._extra = 0;
  }

  protected override renderBriefing(briefing: Briefing) {
    const actor = this.actor;
    const all = [...briefing.questions, ...briefing.resolved].filter((q) => !actor || q.actors.includes(actor));
    const level = this.level;
    const labels = this._labels;
    return this._section('questions', labels.questions, all, positive(this.maxQuestions, 4), (shown) => {
      const open = shown.filter((q) => !('answer' in q));
      // Headings for the groups only when both are shown: the cards' labels say the rest.
      const titled = open.length > 0 && open.length < shown.length;
      const group = (items: (Question | ResolvedQuestion)[], name: string, title: string) =>
        items.length
          ? html`<section class="group ${name}" aria-labelledby=${titled ? `${name}-title` : nothing}>
              ${titled ? heading(level + 1, title, 'group-title', `${name}-title`, 'section-title') : nothing}
              <ul class="cards" role="list">
                ${items.map((q) => this._renderQuestion(briefing, q, level + (titled ? 2 : 1)))}
              </ul>
            </section>`
          : nothing;
      return [group(open, 'open', labels.open), group(shown.filter((q) => 'answer' in q), 'answered', labels.answered)];
    });
  }

  private _renderQuestion(briefing: Briefing, question: Question | ResolvedQuestion, level: number) {
    const labels = this._labels;
    const lang = this._content;
    const answered = 'answer' in question;
    return html`<li class="card" part="card" tabindex="-1">
      <header class="card-header inline" part="header">
        ${heading(level, html`<span lang=${lang} dir="auto">${question.text}</span>`, 'card-title', undefined, 'title')}
        <span class="badge kind ${answered ? 'accent' : ''}" part="kind">${answered ? labels.answered : label(labels, question.kind)}</span>
        ${newBadge(question, labels)}
      </header>
      <div class="card-body" part="body">
        ${answered
          ? html`<p class="answer"><span class="answer-label">${labels.answer}</span> <bdi lang=${lang}>${question.answer}</bdi></p>`
          : nothing}
        ${question.actors.length
          ? html`<p class="involves muted">
              ${labels.involves}
              ${question.actors
                .slice(0, NAMES)
                .map((id, i) => html`${i ? ', ' : ''}<bdi part="actor" lang=${lang}>${actorName(briefing, id)}</bdi>`)}${question.actors.length > NAMES
                ? ` +${question.actors.length - NAMES}`
                : nothing}
            </p>`
          : nothing}
        ${renderEvidence(briefing, question.evidence, labels, lang, this._expanded, clip(question.text, 12), () => this.select('question', question.id))}
      </div>
    </li>`;
  }
}
