import { css } from 'lit';

/** The timeline: events down a vertical rule, each event's date above its text. */
export const timelineStyles = css`
  .events {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .event {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
  }

  .when {
    font-weight: 600;
    color: var(--_muted);
  }
`;
