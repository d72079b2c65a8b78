import { css } from 'lit';
import { hostStyles } from '../common/styles.js';

export default [
  hostStyles,
  css`
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
  `,
];
