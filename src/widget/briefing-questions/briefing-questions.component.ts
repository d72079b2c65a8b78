import { html, nothing } from 'lit';
import type { Briefing, Question, ResolvedQuestion } from '../../format/schema.js';
import { BriefingElement } from '../common/briefing-element.js';
import { heading } from '../common/heading.js';
import { label, questionKindLabels } from '../common/labels.js';
import { actorName } from '../common/normalize.js';
import { renderSources } from '../common/sources.js';
import styles from './briefing-questions.styles.js';

/**
 * @summary What is still open (disputed, unresolved, upcoming) and what has been answered.
 *
 * @attr src - URL of a briefing JSON file, fetched when set.
 * @attr heading-level - Level of the "Questions" heading (1–6, default 2); groups and cards sit below.
 *
 * @fires briefing-load - The briefing was loaded from `src` or inline JSON and rendered.
 * @fires briefing-error - The briefing could not be fetched or read.
 *
 * @csspart card - One question's card.
 * @csspart header - A card's header (question and kind).
 * @csspart title - The question.
 * @csspart body - The answer, actors involved and sources.
 * @csspart source - A source name; an `<a>` when the source has an http(s) URL.
 *
 * @cssprop [--briefing-color-accent=LinkText mixed with currentColor] - Accent colour (links, "Answered" badge).
 * @cssprop [--briefing-color-text=currentColor] - Text colour.
 * @cssprop [--briefing-color-muted] - Secondary text colour.
 * @cssprop [--briefing-card-background=transparent] - Card background.
 * @cssprop [--briefing-border-color] - Card border colour.
 * @cssprop [--briefing-radius=0.5rem] - Card corner radius.
 * @cssprop [--briefing-space=1rem] - Base spacing unit.
 * @cssprop [--briefing-font-family=inherit] - Font family.
 */
export class BriefingQuestions extends BriefingElement {
  static override styles = styles;

  protected override renderBriefing(briefing: Briefing) {
    const level = this.level;
    const { questions, resolved } = briefing;
    return html`<section class="section" aria-labelledby="questions-title">
      ${heading(level, 'Questions', { id: 'questions-title', className: 'section-title' })}
      ${!questions.length && !resolved.length
        ? html`<p class="empty">No open questions.</p>`
        : html`${questions.length
              ? html`<section class="group open" aria-labelledby="open-title">
                  ${heading(level + 1, 'Open questions', { id: 'open-title', className: 'group-title' })}
                  <ul class="cards" role="list">
                    ${questions.map((q) => this.renderOpen(briefing, q, level + 2))}
                  </ul>
                </section>`
              : nothing}
            ${resolved.length
              ? html`<section class="group answered" aria-labelledby="answered-title">
                  ${heading(level + 1, 'Answered', { id: 'answered-title', className: 'group-title' })}
                  <ul class="cards" role="list">
                    ${resolved.map((q) => this.renderResolved(briefing, q, level + 2))}
                  </ul>
                </section>`
              : nothing}`}
    </section>`;
  }

  private renderInvolves(briefing: Briefing, ids: readonly string[]) {
    if (!ids.length) return nothing;
    return html`<p class="involves muted">Involves: ${ids.map((id) => actorName(briefing, id)).join(', ')}</p>`;
  }

  private renderOpen(briefing: Briefing, question: Question, level: number) {
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, question.text, { part: 'title', className: 'card-title' })}
        <span class="badge kind">${label(questionKindLabels, question.kind)}</span>
      </header>
      <div class="card-body" part="body">
        ${this.renderInvolves(briefing, question.actors)} ${renderSources(briefing, question.evidence)}
      </div>
    </li>`;
  }

  private renderResolved(briefing: Briefing, question: ResolvedQuestion, level: number) {
    return html`<li class="card" part="card">
      <header class="card-header" part="header">
        ${heading(level, question.text, { part: 'title', className: 'card-title' })}
        <span class="badge accent kind">Answered</span>
      </header>
      <div class="card-body" part="body">
        <p class="answer"><span class="answer-label">Answer:</span> ${question.answer}</p>
        ${this.renderInvolves(briefing, question.actors)} ${renderSources(briefing, question.evidence)}
      </div>
    </li>`;
  }
}
