import { css } from 'lit';
import { hostStyles } from '../common/styles.js';

export default [
  hostStyles,
  css`
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
  `,
];
