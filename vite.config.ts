/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import minifyLitTemplates from './scripts/minify-templates.js';
import shortenLitErrors from './scripts/shorten-lit-errors.js';
import terserPass from './scripts/terser-pass.js';
import trimLit from './scripts/trim-lit.js';
import { readdirSync, readFileSync } from 'node:fs';

/** The label packs (src/widget/common/labels/*.json) beside the embed, where it fetches them from. */
const labelPacks = () => ({
  name: 'label-packs',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): void }) {
    const dir = 'src/widget/common/labels';
    for (const file of readdirSync(dir)) {
      // Re-serialised: a pack travels without its indentation.
      this.emitFile({ type: 'asset', fileName: `labels/${file}`, source: JSON.stringify(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))) });
    }
  },
});

// Node-side tests; the components are tested in Chromium by web-test-runner (tests/widget).
// Many spawn the CLI, which takes several seconds a run on a busy shared machine: 5 s (the
// default) failed a dozen of them there, so a test has a minute; so does a beforeAll that builds
// the seeds' briefing (10 s, the default, timed out tests/render/jsonld.test.ts under load 15).
const test = {
  include: ['tests/**/*.test.ts'],
  exclude: ['tests/widget/**', 'node_modules/**'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

/**
 * Property names the classic scripts shorten (they export nothing, so no page code reaches them):
 * - the elements' private state (`_extra`, `_actor`, … : reactive properties, which cannot be
 *   `#private`);
 * - BriefingElement's protected API for subclasses (`renderBriefing`, `capped`, …), which only the
 *   ES module offers;
 * - Lit's lifecycle methods and options that neither the widget nor a page calls (a page waits on
 *   `updateComplete` and may call `requestUpdate`, which keep their names).
 * Lit's own `_$…` names are left alone: other copies of Lit (hydration support) rely on them.
 * Each must be a name no built-in object has (not `select`: Intl.PluralRules has one).
 */
const mangledProps = new RegExp(
  '^(_[a-z].*|' +
    ['renderBriefing', 'renderSkeleton', 'capped', 'level'].join('|') +
    '|' +
    ['isUpdatePending', 'getPropertyOptions', 'finalizeStyles', 'getPropertyDescriptor', 'performUpdate', 'scheduleUpdate', 'enableUpdating', 'getUpdateComplete', 'shouldUpdate', 'firstUpdated', 'renderOptions', 'createProperty'].join('|') +
    ')$',
);

// `vite build` bundles the embed as an ES module, `vite build --mode embed` as the classic script,
// `vite build --mode hydrate` as the classic script with Lit's hydration support (for HTML from
// `briefing render`); `vite build --mode cli` bundles the Node builder and CLI, keeping npm
// dependencies external. The CLI's server renderer squeezes the widget's templates as the embeds
// do: hydration matches a template by a digest of its text.
// The classic script's entry only registers the elements: exporting the classes too would make
// a global (window.StoryBriefing) nobody needs, at a cost in bytes; the ES module exports them.
export default defineConfig(({ mode }) =>
  mode === 'review'
    ? {
        // `vite build --mode review`: the review page of `briefing review` (not part of the embed).
        test,
        build: {
          outDir: 'dist/review',
          emptyOutDir: true,
          target: 'es2022',
          lib: { entry: 'src/review/briefing-review.ts', formats: ['es'], fileName: () => 'review.js', cssFileName: 'review' },
        },
      }
    : mode === 'cli'
    ? {
        test,
        plugins: [minifyLitTemplates()],
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
              // The Briefing-Counts header's value, for servers of briefing files (scripts/start.js): no dependencies.
              counts: 'src/format/counts.ts',
            },
            output: { entryFileNames: '[name].js', format: 'es' },
          },
        },
      }
    : {
        test,
        plugins: [
          minifyLitTemplates(),
          shortenLitErrors(),
          labelPacks(),
          ...(mode === 'embed' ? [trimLit()] : []),
          ...(mode === 'embed' || mode === 'hydrate' ? [terserPass()] : []),
        ],
        // The plain classic script leaves out what only hydration needs (briefing-element.ts).
        // The classic scripts import remember.ts by URL, from beside themselves, where the ES module
        // build puts it (`chunkFileNames`).
        define: { __HYDRATION__: JSON.stringify(mode !== 'embed'), __CLASSIC__: JSON.stringify(mode === 'embed' || mode === 'hydrate') },
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          lib:
            mode === 'embed'
              ? { entry: 'src/widget/embed.ts', name: 'StoryBriefing', formats: ['iife'], fileName: () => 'story-briefing.js' }
              : mode === 'hydrate'
                ? { entry: 'src/widget/embed-hydrate.ts', name: 'StoryBriefing', formats: ['iife'], fileName: () => 'story-briefing-hydrate.js' }
                : { entry: 'src/widget/index.ts', formats: ['es'], fileName: () => 'story-briefing.mjs' },
          // The classic script exports nothing, so what only its own code calls gets short names
          // too (mangledProps). Nothing may name these in a string.
          rolldownOptions:
            mode === 'embed' || mode === 'hydrate'
              ? { output: { minify: { mangleProps: { include: mangledProps } } } }
              : { output: { chunkFileNames: 'story-briefing-[name].js' } },

        },
      },
);
