import { css } from 'lit';

/** The timeline: a vertical rule with a dot per event, the date above each event's text. */
export const timelineStyles = css`
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .event {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 2px solid var(--_border);
  }

  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.35rem - 1px);
    top: 0.3em;
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    background: var(--_accent);
  }

  .when {
    font-weight: 600;
    color: var(--_muted);
  }

  .event-text {
    margin: 0;
  }

  .ph-timeline {
    --_ph: 12rem;
  }

  @media (forced-colors: active) {
    .event::before {
      background: CanvasText;
    }
  }
`;
