import { css } from 'lit';

/**
 * The one stylesheet of every briefing element (their class names do not collide, and one sheet
 * is constructed once and adopted by every shadow root). Global `--briefing-*` tokens are read
 * once, in `:host`, into short private names with fallbacks that inherit the host page (its font,
 * its colour).
 */
export const styles = css`
  :host {
    --_accent: var(--briefing-color-accent, color-mix(in srgb, LinkText 50%, currentColor));
    --_text: var(--briefing-color-text, currentColor);
    --_muted: var(--briefing-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_card-bg: var(--briefing-card-background, transparent);
    --_border: var(--briefing-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--briefing-radius, 0.5rem);
    /* layout="compact" halves the spacing, in this element and the sections inside it. */
    --_space: calc(var(--briefing-space, 1rem) * var(--_density, 1));

    display: block;
    font-family: var(--briefing-font-family, inherit);
    color: var(--_text);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  /* theme="light" / "dark": the widget draws its own background in that colour scheme (system
     colours follow it); "auto", the default, wears the host page's colours. */
  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='light']),
  :host([theme='dark']) {
    --_text: var(--briefing-color-text, CanvasText);
    background: var(--briefing-background, Canvas);
    padding: var(--_space);
  }

  /* Inherited by the sections inside <story-briefing>, so the layout needs no passing down. */
  :host([layout='list']),
  :host([layout='compact']) {
    --_columns: 1fr;
  }

  :host([layout='compact']) {
    --_density: 0.5;
  }

  * {
    box-sizing: border-box;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
    font-weight: 650;
    line-height: 1.25;
    margin: 0;
  }

  p,
  ul,
  dl,
  dd,
  blockquote {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* An actor's name is the button that filters the positions: it still reads as a title. */
  .pick {
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    /* Longhands: WebKit drops the shorthand with a style in it. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
  }

  [aria-pressed='true'] {
    color: var(--_accent);
    text-decoration-style: solid;
  }

  .more {
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }

  .evidence,
  .sources,
  .involves {
    font-size: 0.9em;
  }

  summary {
    cursor: pointer;
    color: var(--_muted);
  }

  .evidence ul {
    padding-inline-start: 1.25em;
  }

  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .section-title {
    font-size: 1.15em;
  }

  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: var(--_columns, repeat(auto-fill, minmax(min(17rem, 100%), 1fr)));
  }

  .card {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }

  .card-title {
    font-size: 1.05em;
  }

  .card-body {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .muted,
  .empty {
    color: var(--_muted);
  }

  .badge {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .badge.accent {
    color: var(--_accent);
  }

  .error {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  /* Placeholders sized like typical cards, so the loaded briefing under the default caps takes
     about the space its skeleton held (see skeleton.ts). */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .bar {
    display: block;
    width: 40%;
    height: 1.2em;
    border-radius: 0.25em;
    background: var(--_border);
  }

  .bar.title {
    height: 1.75em;
  }

  .ph {
    min-height: var(--_ph);
  }

  .ph-summary {
    --_ph: 14rem;
  }

  .ph-actors {
    --_ph: 8.5rem;
  }

  .ph-positions {
    --_ph: 13rem;
  }

  .ph-questions {
    --_ph: 9rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .bar,
    .ph {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (forced-colors: active) {
    .card,
    .more,
    .error {
      border-color: CanvasText;
    }
    .bar {
      background: GrayText;
    }
    [aria-pressed='true'] {
      color: Highlight;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* <story-briefing> */
  .briefing {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .briefing-header {
    display: grid;
    gap: 0.25em;
  }

  .briefing-title {
    font-size: 1.4em;
  }

  /* <briefing-summary> */
  .summary {
    font-size: 1.05em;
  }

  .key-points {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35em;
  }

  .key-points li::marker {
    color: var(--_accent);
  }

  /* <briefing-actors> */
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.75em;
  }

  .facts > div {
    display: contents;
  }

  .facts dt {
    color: var(--_muted);
  }

  /* <briefing-positions> */
  .claim {
    font-weight: 500;
  }

  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }

  blockquote::before {
    content: '\\201C';
  }

  blockquote::after {
    content: '\\201D';
  }

  /* <briefing-questions> */
  .group {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .group + .group {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .group-title {
    font-size: 1em;
  }

  .answer-label {
    font-weight: 600;
  }
`;
