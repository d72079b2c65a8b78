// `briefing render`, `briefing jsonld` and `briefing counts`: a briefing as static HTML, as schema.org
// JSON-LD, and the counts a server sends with it.
import { type Command, InvalidArgumentError } from 'commander';
import type { Briefing } from '../format/schema.js';
import type { RenderOptions } from '../render/render-html.js';
import { readBriefingJson } from './read-briefing-json.js';
import { validateBriefing } from '../format/validate.js';
import { type Fail, orFail, writeOrFail } from './fail.js';

const level = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new InvalidArgumentError('must be 1 to 6');
  return n;
};
const count = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};
const oneOf = (...values: string[]) => (v: string) => {
  if (!values.includes(v)) throw new InvalidArgumentError(`must be one of ${values.join(', ')}`);
  return v;
};

/** A valid briefing from a file, or a one-line failure naming it. */
function readBriefing(file: string, fail: Fail): Briefing {
  const value = orFail(() => readBriefingJson(file), fail);
  const result = validateBriefing(value);
  if (!result.ok) {
    const more = result.errors.length > 1 ? `; ${result.errors.length - 1} more, which briefing validate lists` : '';
    fail(`${file} is not a valid briefing: ${result.errors[0]}${more}`);
  }
  return value as Briefing;
}

function output(out: string | undefined, text: string, fail: Fail): void {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  writeOrFail(out, text, fail);
  process.stderr.write(`briefing: wrote ${out}\n`);
}

/** The element's attributes as flags, and where and how to write them. */
interface RenderFlags extends Omit<RenderOptions, 'jsonld'> {
  out?: string;
  jsonld: boolean;
  page?: boolean;
  script?: string;
}

export function addRenderCommands(program: Command, fail: Fail): void {
  program
    .command('render')
    .description('server-render a briefing as static HTML: <story-briefing> with a declarative shadow root, its inline JSON and its JSON-LD')
    .argument('<briefing.json>')
    .option('-o, --out <file>', 'write the HTML here instead of standard output')
    .option('--sections <names>', 'sections to show, in order: summary actors positions questions')
    .option('--theme <theme>', 'auto, light or dark', oneOf('auto', 'light', 'dark'))
    .option('--layout <layout>', 'grid, list or compact', oneOf('grid', 'list', 'compact'))
    .option('--lang <lang>', 'language of the labels (en, fr, de, es, it, pt, ar)', 'en')
    .option('--heading <text>', 'text of the top heading')
    .option('--heading-level <n>', 'level of the top heading, 1-6', level)
    .option('--max-actors <n>', 'actor cards shown', count)
    .option('--max-positions <n>', 'position cards shown', count)
    .option('--max-questions <n>', 'question cards shown', count)
    .option('--show-evidence', "show every card's evidence expanded")
    .option('--no-jsonld', 'leave out the JSON-LD')
    .option('--page', 'write a whole HTML document rather than a fragment to paste into a page')
    .option('--script <url>', 'with --page: load the embed with hydration support from this URL')
    .action(async (file: string, flags: RenderFlags) => {
      const briefing = readBriefing(file, fail);
      // Loaded here, not at start-up: only this command needs Lit and its server renderer.
      const { renderBriefingHtml } = await import('../render/render-html.js');
      const { standalonePage } = await import('../render/page.js');
      const { out, page, script, ...options } = flags;
      const fragment = await renderBriefingHtml(briefing, options);
      const lang = options.lang || 'en';
      output(out, page ? standalonePage(fragment, { title: briefing.title || briefing.id, lang, script }) : fragment, fail);
    });

  program
    .command('jsonld')
    .description("write a briefing's schema.org structured data (<script type=\"application/ld+json\">)")
    .argument('<briefing.json>')
    .option('-o, --out <file>', 'write it here instead of standard output')
    .option('--bare', 'the JSON alone, without the script element')
    .action(async (file: string, flags: { out?: string; bare?: boolean }) => {
      const briefing = readBriefing(file, fail);
      const { briefingJsonLd, jsonLdScript } = await import('../render/jsonld.js');
      const text = flags.bare ? JSON.stringify(briefingJsonLd(briefing), null, 2) : jsonLdScript(briefing);
      output(flags.out, `${text}\n`, fail);
    });

  program
    .command('counts')
    .description("print the value of a briefing's Briefing-Counts response header (its lists' lengths), for the server of the file to send")
    .argument('<briefing.json>')
    .action(async (file: string) => {
      const { countsHeader } = await import('../format/counts.js');
      process.stdout.write(`${countsHeader(readBriefing(file, fail))}\n`);
    });
}
