import { htmlFromText } from './mail-html.js';

describe('htmlFromText', () => {
  it('writes each paragraph as a <p>, lines with <br>, everything escaped, in the language given', () => {
    const html = htmlFromText('Hello <Nid>,\n\nYour title: “A & B”\nSecond line', 'th');
    expect(html).toContain('<html lang="th">');
    expect(html).toContain('<p style="margin:0 0 16px">Hello &lt;Nid&gt;,</p>');
    expect(html).toContain('Your title: “A &amp; B”<br>Second line');
  });

  it('makes a labelled address a button named by its label, with the address under it', () => {
    const html = htmlFromText('Open this page in Clapper:\nhttps://clapper.test/me/entries/1', 'en');
    expect(html).toMatch(/<a href="https:\/\/clapper\.test\/me\/entries\/1" style="[^"]*background:#0b57d0[^"]*">Open this page in Clapper<\/a>/);
    expect(html).toContain('>https://clapper.test/me/entries/1</p>');
  });

  it('makes a lone address a button, and an address inside a sentence paragraph a link', () => {
    expect(htmlFromText('https://clapper.test/a', 'en')).toMatch(
      /<a href="https:\/\/clapper\.test\/a" style="display:inline-block[^"]*">https:\/\/clapper\.test\/a<\/a>/,
    );
    const inline = htmlFromText('Read this:\nhttps://clapper.test/b\nand reply.', 'en');
    expect(inline).toContain(
      'Read this:<br><a href="https://clapper.test/b" style="color:#0b57d0;word-break:break-all">https://clapper.test/b</a><br>and reply.',
    );
  });

  it('uses the full-width colon of Japanese labels too', () => {
    expect(htmlFromText('Clapperでこのページを開く：\nhttps://clapper.test/j', 'ja')).toContain('>Clapperでこのページを開く</a>');
  });
});
