import { SHOWCASE_JS } from './assets.js';

describe('the showcase script', () => {
  it('is valid JavaScript (it is written inside a template literal, where an escape is easily lost)', () => {
    expect(() => new Function(SHOWCASE_JS)).not.toThrow();
    // the playlist lines are split on a newline escape, not on a line break inside a string
    expect(SHOWCASE_JS).toContain(".split('\\n')");
  });
});
