import { css } from 'lit';

/**
 * The one stylesheet of every briefing element (their class names do not collide, and one sheet
 * is constructed once and adopted by every shadow root). Global `--briefing-*` tokens are read
 * once, in `:host`, into short private names with fallbacks that inherit the host page (its font,
 * its colour): `--_a` accent, `--_m` muted, `--_c` card background, `--_b` border, `--_r` radius,
 * `--_s` spacing; `--_d` (density) and `--_n` (columns) are set by `layout` and inherited by the
 * sections inside <story-briefing>. A token without a fallback inherits when unset: `var()` of an unset custom property
 * makes the declaration `unset`, which for font and colour is `inherit`.
 */
export const styles = css`
  :host {
    --_a: var(--briefing-color-accent, color-mix(in srgb, LinkText 50%, currentColor));
    --_m: var(--briefing-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_c: var(--briefing-card-background, transparent);
    --_b: var(--briefing-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_r: var(--briefing-radius, 0.5rem);
    /* layout="compact" halves the spacing, in this element and the sections inside it. */
    --_s: calc(var(--briefing-space, 1rem) * var(--_d, 1));

    display: block;
    font-family: var(--briefing-font-family);
    color: var(--briefing-color-text);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  /* A load that failed, for readers: nothing at all (errors="show" keeps the message). */
  :host(:state(collapsed)) {
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
    color: var(--briefing-color-text, CanvasText);
    background: var(--briefing-background, Canvas);
    padding: var(--_s);
  }

  /* Inherited by the sections inside <story-briefing>, so the layout needs no passing down. */
  :host([layout='list']) {
    --_n: 1;
  }

  /* Compact: the grid's columns, half the spacing, smaller type, and cards as plain blocks. */
  :host([layout='compact']) {
    --_d: 0.5;
    --_n: 14rem;
    font-size: 0.94em;
  }

  :host([layout='compact']) .card {
    padding: 0;
    border: 0;
    background: none;
  }

  :host([layout='compact']) .card-body {
    gap: 0.2em;
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
  ol,
  blockquote {
    margin: 0;
  }

  a {
    color: var(--_a);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_a);
    outline-offset: 2px;
    border-radius: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* An actor's name is the button that filters the positions: it still reads as a title. */
  .pick,
  .show-all {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    /* Longhands: WebKit drops the shorthand with a style in it. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-underline-offset: 0.2em;
  }

  [aria-pressed='true'] {
    color: var(--_a);
    text-decoration-style: solid;
  }

  /* A section's heading, with its "Show more" at the end of the line. */
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }

  .more {
    font-size: 0.9em;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: var(--_c);
  }

  .evidence,
  .sources,
  .involves {
    font-size: 0.9em;
  }

  summary {
    cursor: pointer;
    color: var(--_m);
  }

  .evidence ul {
    padding-inline-start: 1.25em;
  }

  .section {
    display: grid;
    gap: calc(var(--_s) * 0.6);
  }

  .section-title {
    font-size: 1.15em;
  }

  /* Cards flow in columns (as many as fit, each at least --_n wide), each as tall as its
     content: no row leaves a gap under its shorter cards. */
  .cards {
    list-style: none;
    padding: 0;
    columns: var(--_n, 17rem);
    column-gap: calc(var(--_s) * 0.75);
    /* The last card's spacing is the section's, not the list's. */
    margin-block-end: calc(var(--_s) * -0.6);
  }

  .cards > li {
    break-inside: avoid;
    margin-block-end: calc(var(--_s) * 0.6);
  }

  .actors {
    columns: var(--_n, 12rem);
  }

  .card {
    display: grid;
    align-content: start;
    gap: calc(var(--_s) * 0.5);
    padding: var(--_s);
    background: var(--_c);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    overflow-wrap: anywhere;
  }

  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }

  /* A question's kind follows its last line, rather than taking a line of its own. */
  .card-header.inline {
    display: block;
  }

  .inline > .card-title {
    display: inline;
    margin-inline-end: 0.6em;
  }

  .card-body {
    display: grid;
    gap: calc(var(--_s) * 0.5);
  }

  .muted,
  .empty {
    color: var(--_m);
  }

  .badge {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_m);
  }

  .badge.accent {
    color: var(--_a);
  }

  .error {
    padding: var(--_s);
    border: 1px solid var(--_b);
    border-inline-start: 4px solid var(--_a);
    border-radius: var(--_r);
  }

  /* Placeholders (see skeleton.ts): cards and text that take the room the briefing will. */
  .skeleton {
    color: transparent;
    overflow: hidden;
  }

  .bar {
    display: block;
    width: 40%;
    height: 1.25em;
    border-radius: 0.25em;
    background: var(--_b);
  }

  .bar.title {
    height: 1.625em;
    width: 30%;
  }

  .ph {
    background: color-mix(in srgb, var(--_b) 35%, transparent);
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

  .visually-hidden,
  .skip:not(:focus),
  briefing-summary::part(header) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* <story-briefing> */
  .briefing {
    display: grid;
    gap: calc(var(--_s) * 0.75);
  }

  /* Under "The story so far", the summary needs no heading of its own (screen readers keep it)
     and no card: it is the briefing's opening. A page's ::part rules still win. */
  briefing-summary::part(card) {
    padding: 0;
    border: 0;
    background: none;
  }



  .briefing-header {
    display: grid;
    gap: 0.25em;
  }

  .briefing-heading {
    font-size: 1.3em;
  }

  /* The briefing's own title: a part a page can show (::part(briefing-title) { display: block }). */
  .briefing-title {
    display: none;
  }

  .source-list {
    font-size: 0.9em;
  }

  .source-list ol {
    margin-block-start: 0.4em;
    padding-inline-start: 1.5em;
  }

  bdi,
  [dir='auto'] {
    unicode-bidi: isolate;
  }

  q.bare {
    quotes: none;
  }

  /* Printed, everything is expanded (see BriefingElement) and nothing is a control. */
  @media print {
    .more,
    .skip,
    .show-all,
    .skeleton {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
    summary {
      list-style: none;
    }
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
    color: var(--_a);
  }

  /* <briefing-timeline>: each event's date beside it where the line has room (above it where
     not), then its sentence and source line beside a rule. */
  .events {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_s) * 0.6);
  }

  .event {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_s) * 0.75);
  }

  /* A date as written ("on Tuesday") starts a line like a resolved one. */
  .when::first-letter {
    text-transform: uppercase;
  }

  .when {
    flex: 0 0 8.5em;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_m);
  }

  .what {
    flex: 1 1 18em;
    display: grid;
    gap: 0.15em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_b);
  }

  /* <briefing-positions> */
  .claim {
    font-weight: 500;
  }

  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_a);
    font-style: italic;
  }

  blockquote::before {
    content: '“';
  }

  blockquote::after {
    content: '”';
  }

  /* <briefing-questions> */
  .group {
    display: grid;
    gap: calc(var(--_s) * 0.75);
  }

  .group + .group {
    margin-block-start: calc(var(--_s) * 0.5);
  }

  .answer-label {
    font-weight: 600;
  }
`;
