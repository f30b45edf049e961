import { describe, expect, it } from 'vitest';
import { describeIgnored } from '../../../src/ui/UrlNotice.ts';
import { parseUrl } from '../../../src/state/url.ts';

const said = (lang: 'vi' | 'en', search: string) => parseUrl(search).ignored.map((i) => describeIgnored(lang, i));

describe('the link notice names what was ignored and what was used instead', () => {
  it('unknown layers alone: every layer, in both languages', () => {
    expect(said('vi', '?layers=foo,bar')).toEqual(['layers=foo,bar (không phải lớp của bản đồ; dùng mọi lớp)']);
    expect(said('en', '?layers=foo,bar')).toEqual(['layers=foo,bar (not a layer of this map; using every layer)']);
  });

  it('an unknown layer beside known ones: the known ones, by their names', () => {
    expect(said('en', '?layers=communes,bogus,borderLine')).toEqual(['layers=bogus (not a layer of this map; using Border communes, Border line)']);
  });

  it('an unknown key, a value out of range with its default, and a bad camera', () => {
    expect(said('en', '?zoom=3&radius=99')).toEqual(['zoom=3 (not a key the map reads)', 'radius=99 (not a usable value; using 10)']);
    expect(parseUrl('', '#map=9/95/103').ignored.map((i) => describeIgnored('vi', i))).toEqual(['map=9/95/103 (vị trí ngoài phạm vi)']);
  });
});
