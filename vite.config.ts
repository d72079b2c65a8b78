/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import minifyLitTemplates from './scripts/minify-templates.js';
import shortenLitErrors from './scripts/shorten-lit-errors.js';

// Node-side tests; the components are tested in Chromium by web-test-runner (tests/widget).
const test = { include: ['tests/**/*.test.ts'], exclude: ['tests/widget/**', 'node_modules/**'] };

// `vite build` bundles the embed as an ES module, `vite build --mode embed` as the classic script;
// `vite build --mode cli` bundles the Node builder and CLI, keeping npm dependencies external.
// The classic script's entry only registers the elements: exporting the classes too would make
// a global (window.StoryBriefing) nobody needs, at a cost in bytes; the ES module exports them.
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
        plugins: [minifyLitTemplates(), shortenLitErrors()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          lib:
            mode === 'embed'
              ? { entry: 'src/widget/embed.ts', name: 'StoryBriefing', formats: ['iife'], fileName: () => 'story-briefing.js' }
              : { entry: 'src/widget/index.ts', formats: ['es'], fileName: () => 'story-briefing.mjs' },
          // The classic script exports nothing, so the elements' private state (`_briefing`,
          // `_status`, … : reactive properties, which cannot be `#private`) gets short names
          // too. Lit's own `_$…` names are left alone. Nothing may name these in a string.
          rolldownOptions: mode === 'embed' ? { output: { minify: { mangleProps: { include: /^_[a-z]/ } } } } : {},

        },
      },
);
