import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet } from '../../../src/embed/embedSnippet.ts';
import { DEFAULT_STATE } from '../../../src/state/schema.ts';

describe('embedUrl and iframeSnippet', () => {
  const state = { ...DEFAULT_STATE, select: '12', camera: { zoom: 8, lat: 22.5, lon: 103 }, present: 'demo-story' };

  it('give the current view in embed mode with the options chosen, never a presentation', () => {
    const url = embedUrl('https://atlas.example/maps/?select=40#map=1/2/3', state, { size: 'wide', panel: true, controls: false, lang: 'en' });
    expect(url).toBe('https://atlas.example/maps/?lang=en&select=12&embed=1&panel=1&controls=0#map=8/22.5/103');
  });

  it('writes an iframe with the size chosen, its attributes escaped', () => {
    const snippet = iframeSnippet('https://a.example/?x=1&y="2"', 'Bản đồ <biên giới>', { size: '360x640', panel: false, controls: true, lang: 'vi' });
    expect(snippet).toBe('<iframe src="https://a.example/?x=1&amp;y=&quot;2&quot;" title="Bản đồ &lt;biên giới>" style="width:360px;height:640px;border:0" loading="lazy" allow="fullscreen"></iframe>');
  });
});
