import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { formatDuration } from '../../lib/format';
import { MAX_SCENES, SceneStrip, sceneTiles } from './scene-strip';

// 88 thumbnails of 160 × 90, one every 2 s, 10 to a row: a 176 s video's sprite
const PREVIEWS = { spriteUrl: 'https://storage.example/sprite.jpg?X-Amz-Signature=abc', every: 2, columns: 10, count: 88, width: 160, height: 90 };

describe('sceneTiles', () => {
  it('shows every tile of a short video, and of a long one MAX_SCENES spread from the first to the last', () => {
    expect(sceneTiles(5)).toEqual([0, 1, 2, 3, 4]);
    const tiles = sceneTiles(88);
    expect(tiles).toHaveLength(MAX_SCENES);
    expect(tiles[0]).toBe(0);
    expect(tiles.at(-1)).toBe(87);
    expect([...tiles].sort((a, b) => a - b)).toEqual(tiles);
  });
});

describe('SceneStrip', () => {
  it('names each scene by its time, draws its tile of the sprite, and jumps there when pressed', () => {
    const video = createRef<HTMLVideoElement>();
    render(
      <>
        <video ref={video} />
        <SceneStrip previews={PREVIEWS} video={video} />
      </>,
    );
    const nav = screen.getByRole('navigation', { name: 'Scenes' });
    const buttons = nav.querySelectorAll('button');
    expect(buttons).toHaveLength(MAX_SCENES);
    // the last scene: tile 87, at 174 s, in the sprite's ninth row, eighth column (scaled to 96 px wide)
    const last = screen.getByRole('button', { name: `Jump to ${formatDuration(174, 'en')}` });
    const tile = last.querySelector('span')!;
    expect(tile.style.backgroundImage).toContain(PREVIEWS.spriteUrl);
    expect(tile.style.backgroundPosition).toBe(`${-7 * 96}px ${-8 * 54}px`);
    expect(tile.style.width).toBe('96px');

    const play = vi.spyOn(video.current!, 'play').mockResolvedValue(undefined);
    fireEvent.click(last);
    expect(video.current!.currentTime).toBe(174);
    expect(play).toHaveBeenCalled();
    // the scene playing now is marked
    fireEvent.timeUpdate(video.current!);
    expect(last).toHaveAttribute('aria-current', 'true');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
});
