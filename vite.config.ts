/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import minifyLitTemplates from './scripts/minify-templates.js';

// Node-side tests; the components are tested in Chromium by web-test-runner (tests/widget).
const test = { include: ['tests/**/*.test.ts'], exclude: ['tests/widget/**', 'node_modules/**'] };

// `vite build` bundles the embed (classic script + ES module); `vite build --mode cli` bundles
// the Node builder and CLI, keeping npm dependencies external.
export default defineConfig(({ mode }) =>
  mode === 'cli'
    ? {
        test,
        build: {
          ssr: true,
          outDir: 'dist/node',
          emptyOutDir: true,
          target: 'node20',
          rollupOptions: {
            input: {
              cli: 'src/cli/main.ts',
              worker: 'src/cli/worker.ts',
              schema: 'src/format/print-schema.ts',
              index: 'src/builder/index.ts',
            },
            output: { entryFileNames: '[name].js', format: 'es' },
          },
        },
      }
    : {
        test,
        plugins: [minifyLitTemplates()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          lib: {
            entry: 'src/widget/index.ts',
            name: 'StoryBriefing',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'story-briefing.mjs' : 'story-briefing.js'),
          },
        },
      },
);
