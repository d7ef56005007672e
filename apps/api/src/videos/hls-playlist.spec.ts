import { ladderFilePath, ladderRelative, rewritePlaylist } from './hls-playlist.js';

const RUNG = `#EXTM3U
#EXT-X-VERSION:7
#EXT-X-TARGETDURATION:4
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MAP:URI="init_0.mp4"
#EXTINF:4.000000,
seg_00000.m4s
#EXTINF:2.000000,
seg_00001.m4s
#EXT-X-ENDLIST
`;

describe('rewritePlaylist', () => {
  it('rewrites every segment line and the initialisation segment, and leaves the tags alone', () => {
    const out = rewritePlaylist(RUNG, (uri) => `https://s3.example/b/${uri}?sig=1`);
    expect(out).toContain('#EXT-X-MAP:URI="https://s3.example/b/init_0.mp4?sig=1"');
    expect(out).toContain('\nhttps://s3.example/b/seg_00000.m4s?sig=1\n');
    expect(out).toContain('\nhttps://s3.example/b/seg_00001.m4s?sig=1\n');
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(RUNG.split('\n').filter((l) => l.startsWith('#')).length);
    expect(out.endsWith('#EXT-X-ENDLIST\n')).toBe(true);
  });

  it('rewrites a master playlist’s variants and its sound group', () => {
    const master =
      '#EXTM3U\n#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="group_audio",NAME="audio",DEFAULT=YES,URI="audio/index.m3u8"\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=426x240\r\n240p/index.m3u8\r\n';
    const out = rewritePlaylist(master, (uri) => `/x/${uri}`);
    expect(out).toContain('URI="/x/audio/index.m3u8"');
    expect(out).toContain('\n/x/240p/index.m3u8\n');
  });
});

describe('ladderRelative and ladderFilePath', () => {
  it('resolves a rung’s own files against its folder, and refuses anything that climbs out or is absolute', () => {
    expect(ladderRelative('360p', 'seg_00003.m4s')).toBe('360p/seg_00003.m4s');
    expect(ladderRelative(null, '360p/index.m3u8')).toBe('360p/index.m3u8');
    for (const bad of ['../x', 'https://evil.example/a', '/etc/passwd', '360p/../../x', 'a/b/c']) expect(ladderRelative('360p', bad)).toBeNull();
  });

  it('knows the files a ladder can have, and nothing else', () => {
    expect(ladderFilePath(null, 'master.m3u8')).toBe('master.m3u8');
    expect(ladderFilePath(null, 'sprite.jpg')).toBe('sprite.jpg');
    expect(ladderFilePath('720p', 'seg_00012.m4s')).toBe('720p/seg_00012.m4s');
    expect(ladderFilePath('audio-64k', 'init_4.mp4')).toBe('audio-64k/init_4.mp4');
    for (const [folder, file] of [
      [null, 'index.m3u8'],
      ['720p', 'master.m3u8'],
      ['..', 'index.m3u8'],
      ['audio', 'index.m3u8'],
      ['720p', 'seg_1.m4s'],
      ['original', 'x'],
    ] as const)
      expect(ladderFilePath(folder, file)).toBeNull();
  });
});
