import { css } from 'lit';
import { hostStyles } from '../common/styles.js';

export default [
  hostStyles,
  css`
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
  `,
];
