/**
 * Static HTML for a briefing, server-rendered by Lit's own SSR (`@lit-labs/ssr`) from the same
 * components the embed defines: `<story-briefing>` with a declarative shadow root (styles
 * included), so a reader with JavaScript off, a crawler, a feed reader or an e-mail sees the whole
 * briefing. The briefing also goes inline (`<script type="application/json">`): the embed built
 * with hydration support (dist/story-briefing-hydrate.js) reads it at once and hydrates the
 * rendered DOM in place instead of drawing it again. Labels other than English go inline too
 * (`<script type="application/json" data-labels="fr">`, after the briefing), so that hydration
 * starts from the labels the HTML shows rather than waiting for the embed to fetch them.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Briefing } from '../format/schema.js';
import '../widget/story-briefing/story-briefing.js';
import { LANGUAGES, languageOf, provideLabels, type Labels } from '../widget/common/labels.js';
import ar from '../widget/common/labels/ar.json';
import de from '../widget/common/labels/de.json';
import es from '../widget/common/labels/es.json';
import fr from '../widget/common/labels/fr.json';
import it from '../widget/common/labels/it.json';
import pt from '../widget/common/labels/pt.json';
import { jsonLdScript } from './jsonld.js';
import { scriptJson } from './script-json.js';

/** The element's attributes (see the README's tables); unset ones are left out. */
export interface RenderOptions {
  sections?: string;
  theme?: string;
  layout?: string;
  lang?: string;
  heading?: string;
  headingLevel?: number;
  /** Cards shown before "Show more" (default: all of them). */
  maxActors?: number;
  maxPositions?: number;
  maxQuestions?: number;
  showEvidence?: boolean;
  /** Write the JSON-LD `<script>` beside the element (default true). */
  jsonld?: boolean;
}

// The embed fetches a language's labels on first use; a server has them all from the start.
const PACKS: Record<string, Partial<Labels>> = { ar, de, es, fr, it, pt } as unknown as Record<string, Partial<Labels>>;
for (const lang of LANGUAGES) if (PACKS[lang]) provideLabels(lang, PACKS[lang]);

/** The strings SSR wraps a top-level template in, which nothing on the page would hydrate. */
const TOP_LEVEL_MARKERS = /^<!--lit-part [^>]*--><!--lit-node 0-->|<!--\/lit-part-->$/g;

/**
 * `<story-briefing>` with its declarative shadow root and its inline briefing, then (unless
 * `jsonld` is false) the briefing's schema.org JSON-LD.
 */
export async function renderBriefingHtml(briefing: Briefing, options: RenderOptions = {}): Promise<string> {
  // Labels are always rendered in a stated language, so the client (which would otherwise look
  // for the page's) renders the same ones when it hydrates.
  const lang = options.lang || 'en';
  // Unless capped, every card is rendered: without JavaScript a "Show more" button does nothing.
  const maxActors = options.maxActors ?? Math.max(1, briefing.actors.length);
  const maxPositions = options.maxPositions ?? Math.max(1, briefing.positions.length);
  const maxQuestions = options.maxQuestions ?? Math.max(1, briefing.questions.length + briefing.resolved.length);
  const maxKeyPoints = Math.max(1, briefing.keyPoints.length);
  const maxEvents = Math.max(1, briefing.timeline?.length ?? 0);
  const element = await collectResult(
    // One line: the whitespace between attributes would stay in the output where one is left out.
    render(html`<story-briefing .data=${briefing} lang=${lang} sections=${ifDefined(options.sections)} theme=${ifDefined(options.theme)} layout=${ifDefined(options.layout)} heading=${ifDefined(options.heading)} heading-level=${ifDefined(options.headingLevel)} max-actors=${maxActors} max-positions=${maxPositions} max-questions=${maxQuestions} max-key-points=${maxKeyPoints} max-events=${maxEvents} ?show-evidence=${options.showEvidence ?? false}></story-briefing>`),
  );
  const closing = '</story-briefing>';
  const body = element.replace(TOP_LEVEL_MARKERS, '');
  if (!body.endsWith(closing)) throw new Error('unexpected server-rendered markup');
  // The briefing first: the element reads the first JSON child as its briefing.
  const labels = languageOf(lang);
  const pack = PACKS[labels] ? `<script type="application/json" data-labels="${labels}">${scriptJson(PACKS[labels])}</script>` : '';
  const inline = `<script type="application/json">${scriptJson(briefing)}</script>${pack}`;
  const jsonld = options.jsonld === false ? '' : `\n${jsonLdScript(briefing)}`;
  return `${body.slice(0, -closing.length)}${inline}${closing}${jsonld}\n`;
}
