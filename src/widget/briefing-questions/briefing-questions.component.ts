import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Briefing, Question, ResolvedQuestion } from '../../format/schema.js';
import { BriefingElement, positive } from '../common/briefing-element.js';
import { newBadge } from '../common/changes.js';
import { renderEvidence } from '../common/evidence.js';
import { heading } from '../common/heading.js';
import { label } from '../common/labels.js';
import { actorName, sourcesOf } from '../common/normalize.js';
import { sectionSkeleton } from '../common/skeleton.js';
import { renderSources } from '../common/sources.js';

/**
 * @tagname briefing-questions
 * @summary What is still open (disputed, unresolved, upcoming) and what has been answered.
 *
 * @attr src - URL of a briefing JSON file, fetched when set (near the viewport unless `loading="eager"`).
 * @attr heading-level - Level of the top heading, 1–6 (default 2); headings inside sit below it. Invalid values fall back to 2.
 * @attr heading - Text of the top heading, instead of the default.
 * @attr lang - Language of the labels: `en` (default) or `fr`; unset, the nearest ancestor's `lang`. Unknown languages fall back to English.
 * @attr theme - `auto` (default: the host page's colours), `light` or `dark` (own background). Invalid values mean `auto`.
 * @attr layout - `grid` (default: cards side by side), `list` (one column) or `compact` (one column, half the spacing). Invalid values mean `grid`.
 * @attr show-evidence - Boolean: show each card's evidence expanded (default: collapsed).
 * @attr loading - `lazy` (default: fetch and render only within half a viewport of being visible) or `eager`.
 * @attr max-questions - Question cards (open first, then answered) shown before "Show more" (default 4; invalid values mean 4).
 *
 * @fires briefing-load - `{briefing, src?}`: the briefing was loaded from `src` or inline JSON (`src` absent) and rendered. Not fired for `data` set from JavaScript.
 * @fires briefing-error - `{message, reason, error, src?}`: the briefing could not be fetched, parsed or understood; `message` is the text the element shows, `reason` one of `network`, `http`, `timeout`, `too-large`, `not-json`, `version`, `invalid`.
 * @fires briefing-select - `{kind, id}`: a reader chose an actor (`kind` `actor`) or opened a position's or question's evidence (`position`, `question`).
 *
 * @slot - Nothing is slotted; an optional `<script type="application/json">` child holds an inline briefing.
 *
 * @csspart card - One question's card.
 * @csspart header - A card's header (question and kind).
 * @csspart title - The question.
 * @csspart body - The answer, actors involved and sources.
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 * @csspart evidence - A card's evidence disclosure (`<details>`).
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
  };

  /** How many question cards (open first, then answered) to show before "Show more" (default 4). */
  declare maxQuestions: number | undefined;

  protected override renderSkeleton() {
    return sectionSkeleton('questions', positive(this.maxQuestions, 4));
  }

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const labels = this.labels;
    const all: (Question | ResolvedQuestion)[] = [...briefing.questions, ...briefing.resolved];
    const [shown, more] = this.capped(all, positive(this.maxQuestions, 4), 'questions-title');
    const open = shown.filter((q): q is Question => !('answer' in q));
    const resolved = shown.filter((q): q is ResolvedQuestion => 'answer' in q);
    return html`<section class="section" aria-labelledby="questions-title">
      ${heading(level, this.heading || labels.questions, 'section-title', 'questions-title')}
      ${!all.length
        ? html`<p class="empty">${labels.noQuestions}</p>`
        : html`${open.length
              ? html`<section class="group open" aria-labelledby="open-title">
                  ${heading(level + 1, labels.open, 'group-title', 'open-title')}
                  <ul class="cards" role="list">
                    ${open.map((q) => this.renderQuestion(briefing, q, level + 2))}
                  </ul>
                </section>`
              : nothing}
            ${resolved.length
              ? html`<section class="group answered" aria-labelledby="answered-title">
                  ${heading(level + 1, labels.answered, 'group-title', 'answered-title')}
                  <ul class="cards" role="list">
                    ${resolved.map((q) => this.renderQuestion(briefing, q, level + 2))}
                  </ul>
                </section>`
              : nothing}
            ${more}`}
    </section>`;
  }

  /** One card, open or answered: an answered question has an answer and an accent badge. */
  private renderQuestion(briefing: Briefing, question: Question | ResolvedQuestion, level: number) {
    const labels = this.labels;
    const answered = 'answer' in question;
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, question.text, 'card-title', undefined, 'title')}
        <span class="badge kind ${answered ? 'accent' : ''}">${answered ? labels.answered : label(labels, question.kind)}</span>
        ${newBadge(question, labels)}
      </header>
      <div class="card-body" part="body">
        ${answered ? html`<p class="answer"><span class="answer-label">${labels.answer}</span> ${question.answer}</p>` : nothing}
        ${question.actors.length
          ? html`<p class="involves muted">${labels.involves} ${question.actors.map((id) => actorName(briefing, id)).join(', ')}</p>`
          : nothing}
        ${renderSources(sourcesOf(briefing, question.evidence), labels)}
        ${renderEvidence(question.evidence, labels, this.showEvidence, () => this.select('question', question.id))}
      </div>
    </li>`;
  }
}
