import type { Plugin } from 'vite';

export default function trimLit(): Plugin;
