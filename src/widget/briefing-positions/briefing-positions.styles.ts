import { css } from 'lit';
import { hostStyles } from '../common/styles.js';

export default [
  hostStyles,
  css`
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
  `,
];
