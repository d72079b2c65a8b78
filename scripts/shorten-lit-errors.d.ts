import type { Plugin } from 'vite';

export default function shortenLitErrors(): Plugin;
