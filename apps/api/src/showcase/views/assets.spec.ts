import { Script } from 'node:vm';
import { SHOWCASE_JS } from './assets.js';

describe('the showcase script', () => {
  it('is valid JavaScript (it is written inside a template literal, where an escape is easily lost)', () => {
    // compiled, not run
    expect(() => new Script(SHOWCASE_JS, { filename: 'showcase.js' })).not.toThrow();
    // the playlist lines are split on a newline escape, not on a line break inside a string
    expect(SHOWCASE_JS).toContain(".split('\\n')");
  });
});
