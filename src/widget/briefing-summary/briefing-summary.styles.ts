import { css } from 'lit';
import { hostStyles } from '../common/styles.js';

export default [
  hostStyles,
  css`
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
  `,
];
