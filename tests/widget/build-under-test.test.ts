import { expect } from '@open-wc/testing';
import '../../src/widget/index.js';

/**
 * web-test-runner runs every widget test three times (web-test-runner.config.js): against the
 * sources, and against dist/story-briefing.js and dist/story-briefing.mjs through an import map.
 * This checks that the elements really come from the build the group names.
 */
describe('the build under test', () => {
  it('is the one the import map names', () => {
    const map = document.querySelector('script[type="importmap"]')?.textContent ?? '';
    const build = /story-briefing\.mjs/.test(map) ? 'mjs' : /story-briefing\.js/.test(map) ? 'js' : 'src';
    const Story = customElements.get('story-briefing')!;
    // Only the sources run Lit in development mode (the bundles have production Lit).
    expect('enabledWarnings' in Story, `${build}: Lit dev mode`).to.equal(build === 'src');
    // Only the classic script shortens the private state's property names.
    expect('_extra' in document.createElement('story-briefing'), `${build}: _extra`).to.equal(build !== 'js');
  });
});
