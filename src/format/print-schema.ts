// Prints the published JSON Schema; `npm run build` writes it to dist/briefing.schema.json.
import { Briefing } from './schema.js';

process.stdout.write(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...Briefing }, null, 2) + '\n');
