import pkg from '../../package.json';

export const GENERATOR = { name: 'story-briefing', version: pkg.version };
