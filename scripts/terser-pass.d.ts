import type { Plugin } from 'vite';

export default function terserPass(): Plugin;
