// The README's widget API tables, generated from the custom elements manifest
// (dist/custom-elements.json, written by `npm run manifest` from the elements' JSDoc), so the
// docs cannot drift from the code. `node scripts/api-tables.js` rewrites the README between
// `<!-- api:start -->` and `<!-- api:end -->`; `--check` only exits 1 when it is out of date.
// tests/widget-node/readme-api.test.ts runs the same check in `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
export const manifestUrl = new URL('dist/custom-elements.json', root);
export const readmeUrl = new URL('README.md', root);
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => `\`${text}\``;
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/**
 * Rows for things several elements share (attributes, events, parts): one row per name and
 * description, with the elements that describe it alike ("all" when every one does), so that a
 * part that is one thing in one element and another elsewhere (`title`) gets a row for each.
 */
function merged(elements, pick, describe) {
  const rows = new Map();
  for (const el of elements) {
    for (const item of pick(el)) {
      const description = describe(item);
      const key = `${item.name}\n${description}`;
      const row = rows.get(key) ?? { name: item.name, description, tags: [] };
      row.tags.push(el.tagName);
      rows.set(key, row);
    }
  }
  // Rows of one name together, in the order names first appear.
  const names = [...new Set([...rows.values()].map((r) => r.name))];
  return [...rows.values()]
    .sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name))
    .map(({ name, description, tags }) => [code(name), tags.length === elements.length ? 'all' : tags.map(code).join(', '), description]);
}

/** The markdown between the markers, from a parsed manifest. */
export function renderApi(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    // The analyzer lists modules in the order the file system gives them, which differs between
    // checkouts: <story-briefing> first, then by name, so the tables are the same everywhere.
    .sort((a, b) => (a.tagName === 'story-briefing' ? -1 : b.tagName === 'story-briefing' ? 1 : a.tagName.localeCompare(b.tagName)));
  // Lit's internal state (`_status`, …) is not API, and neither are events without a name.
  const attributes = (el) => (el.attributes ?? []).filter((a) => !a.name.startsWith('_'));
  const events = (el) => (el.events ?? []).filter((e) => e.name);
  const story = elements[0];
  const properties = (story.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.attribute && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
  );

  return [
    '### Elements',
    '',
    table(['Element', 'Renders'], elements.map((el) => [code(`<${el.tagName}>`), el.summary])),
    '',
    '### Attributes',
    '',
    'Kebab-case attributes, each reflected by a camelCase property (`max-actors` → `maxActors`, `lang` → `language`).',
    '',
    table(
      ['Attribute', 'Elements', 'Description'],
      merged(elements, attributes, (a) => a.description),
    ),
    '',
    '### JavaScript properties',
    '',
    table(
      ['Property', 'Type', 'Description'],
      properties.map((p) => [code(p.name) + (p.readonly ? ' (read-only)' : ''), code(p.type?.text ?? ''), p.description]),
    ),
    '',
    '### Events',
    '',
    table(['Event', 'Elements', 'When'], merged(elements, events, (e) => e.description)),
    '',
    '### CSS custom properties',
    '',
    table(
      ['Property', 'Default', 'Description'],
      (story.cssProperties ?? []).map((p) => [code(p.name), p.default ?? '', p.description]),
    ),
    '',
    '### Parts',
    '',
    table(['Part', 'Elements', 'Description'], merged(elements, (el) => el.cssParts ?? [], (p) => p.description)),
  ].join('\n');
}

/** The README with its API section replaced by `api`. */
export function withApi(readme, api) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${api}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = withApi(readme, renderApi(manifest));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md API tables are out of date: run `node scripts/api-tables.js`.');
      process.exit(1);
    }
  } else if (updated !== readme) {
    writeFileSync(readmeUrl, updated);
    console.log('README.md API tables updated.');
  }
}
