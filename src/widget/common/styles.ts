import { css } from 'lit';

/**
 * Styles every briefing element shares. Global `--briefing-*` tokens are read once, in `:host`,
 * into short private names with fallbacks that inherit the host page (its font, its colour).
 */
export const hostStyles = css`
  :host {
    --_accent: var(--briefing-color-accent, color-mix(in srgb, LinkText 50%, currentColor));
    --_text: var(--briefing-color-text, currentColor);
    --_muted: var(--briefing-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_card-bg: var(--briefing-card-background, transparent);
    --_border: var(--briefing-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--briefing-radius, 0.5rem);
    --_space: var(--briefing-space, 1rem);

    display: block;
    font: inherit;
    color: inherit;
    font-family: var(--briefing-font-family, inherit);
    color: var(--_text);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
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
  dl,
  dd,
  blockquote {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
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
    grid-template-columns: repeat(auto-fill, minmax(min(17rem, 100%), 1fr));
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

  .skeleton {
    display: grid;
    gap: 0.75em;
    min-height: var(--_skeleton-height, 8rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .skeleton .bar {
    display: block;
    height: 0.9em;
    border-radius: 0.25em;
    background: var(--_border);
  }

  .skeleton .bar.short {
    width: 60%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar {
      animation: briefing-pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes briefing-pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (forced-colors: active) {
    .card,
    .skeleton,
    .error {
      border-color: CanvasText;
    }
    .skeleton .bar {
      background: GrayText;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
