// Prints a published JSON Schema: the briefing's, or with `edits` the edits file's. `npm run
// build` writes them to dist/briefing.schema.json and dist/briefing.edits.schema.json.
import { Briefing } from './schema.js';
import { EditsFile } from './edits-schema.js';

const schema = process.argv[2] === 'edits' ? EditsFile : Briefing;
process.stdout.write(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema }, null, 2) + '\n');
