import { describe, expect, it } from 'vitest';
import { formatState, formatUrl, parseState, parseUrl } from '../../../src/state/url.ts';
import { DEFAULT_STATE } from '../../../src/state/schema.ts';

describe('parseState(search) and formatState(state)', () => {
  it('an empty query gives the default state, and the default state gives an empty query', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(formatState(DEFAULT_STATE)).toBe('');
  });

  it('?select=12&lang=en opens Lai Châu in English', () => {
    const s = parseState('?select=12&lang=en');
    expect(s.select).toBe('12');
    expect(s.lang).toBe('en');
    expect(formatState(s)).toBe('?lang=en&select=12');
  });

  it('round-trips every key', () => {
    const s = { dataset: 'data/other', lang: 'en' as const, select: '03466', stat: 'patrols', period: '2024-01-01--2024-06-30', layers: ['communes' as const, 'borderLine' as const], coverage: true, radius: 25, units: 'post2025' as const, present: 'demo-story', slide: 3, presenter: true, camera: { zoom: 8.25, lat: 22.41234, lon: 103.12345 }, embed: true, panel: true, controls: false };
    const [search, hash] = formatUrl(s).split('#');
    expect(parseState(search!, `#${hash}`)).toEqual(s);
    expect(hash).toBe('map=8.25/22.41234/103.12345');
    expect(formatState(s)).toContain('view=coverage&radius=25&units=2025&present=demo-story&slide=3&presenter=1');
  });

  it('carries the period as its first and last day, unencoded, and leaves it out for all periods', () => {
    const s = parseState('?stat=outreach_sessions&period=2021-01-01--2021-12-31');
    expect(s.period).toBe('2021-01-01--2021-12-31');
    expect(formatState(s)).toBe('?stat=outreach_sessions&period=2021-01-01--2021-12-31');
    expect(parseState('').period).toBeNull();
    expect(formatState({ ...s, period: null })).toBe('?stat=outreach_sessions');
    expect(parseState('?period=2021-01-01/2021-12-31').period).toBe('2021-01-01--2021-12-31');
  });

  it('names a period it cannot read as ignored and shows all periods instead', () => {
    for (const bad of ['2024', '2024-01-01..2024-06-30', '2024-06-30--2024-01-01', 'H1-2024', '']) {
      const { state, ignored } = parseUrl(`?period=${encodeURIComponent(bad)}`);
      expect(state.period).toBeNull();
      expect(ignored).toEqual([{ key: 'period', value: bad, used: null }]);
    }
  });

  it('reads the camera from #map=zoom/lat/lon as OpenStreetMap writes it, and ignores one out of range', () => {
    expect(parseState('', '#map=9/22.4/103.2').camera).toEqual({ zoom: 9, lat: 22.4, lon: 103.2 });
    for (const bad of ['#map=9/95/103', '#map=30/22/103', '#map=9/22', '#map=a/b/c', '#other=1']) expect(parseState('', bad).camera).toBeNull();
    expect(formatUrl({ ...DEFAULT_STATE, camera: { zoom: 7.123456, lat: 21.1234567, lon: 104.7654321 } })).toBe('#map=7.12/21.12346/104.76543');
  });

  it('keeps the radius a whole number of km from 1 to 50, else the default', () => {
    for (const bad of ['0', '51', '7.5', 'far', '']) expect(parseState(`?radius=${bad}`).radius).toBe(DEFAULT_STATE.radius);
    expect(parseState('?radius=1').radius).toBe(1);
    expect(parseState('?radius=50').radius).toBe(50);
  });

  it('falls back to defaults for an unknown language, an unsafe id or an unsafe dataset path', () => {
    const s = parseState('?lang=fr&select=<script>&dataset=../../etc&stat=a%20b&view=other&radius=-3');
    expect(s).toEqual(DEFAULT_STATE);
  });

  it('refuses a dataset on another site, so a link cannot make the map load foreign data', () => {
    expect(parseState('?dataset=//evil.example/x').dataset).toBe(DEFAULT_STATE.dataset);
    expect(parseState('?dataset=https://evil.example/x').dataset).toBe(DEFAULT_STATE.dataset);
  });

  it('layers= with no names hides every layer, and unknown names are dropped', () => {
    expect(parseState('?layers=').layers).toEqual([]);
    expect(parseState('?layers=communes,bogus,facilities').layers).toEqual(['communes', 'facilities']);
  });

  it('a layers list of nothing but unknown names keeps the default layers, so a bad link cannot blank the map', () => {
    const { state, ignored } = parseUrl('?layers=foo,bar');
    expect(state.layers).toEqual(DEFAULT_STATE.layers);
    expect(formatState(state)).toBe('');
    expect(ignored).toEqual([{ key: 'layers', value: 'foo,bar', used: DEFAULT_STATE.layers.join(',') }]);
  });

  it('names every key and value it ignored, with what it used instead', () => {
    const { ignored } = parseUrl('?layers=communes,bogus&stat=a%20b&lang=fr&view=other&radius=99&present=__proto__&zoom=3', '#map=9/95/103');
    expect(ignored).toEqual(expect.arrayContaining([
      { key: 'zoom', value: '3', used: null },
      { key: 'layers', value: 'bogus', used: 'communes' },
      { key: 'stat', value: 'a b', used: DEFAULT_STATE.stat },
      { key: 'lang', value: 'fr', used: 'vi' },
      { key: 'view', value: 'other', used: null },
      { key: 'radius', value: '99', used: String(DEFAULT_STATE.radius) },
      { key: 'present', value: '__proto__', used: null },
      { key: 'map', value: '9/95/103', used: null },
    ]));
    expect(ignored).toHaveLength(8);
  });

  it('ignores nothing in a link the app wrote itself', () => {
    const s = { ...DEFAULT_STATE, lang: 'en' as const, select: '12', layers: ['communes' as const], coverage: true, radius: 20, present: 'demo-story', slide: 2, embed: true, panel: true, controls: false, camera: { zoom: 8, lat: 22, lon: 103 } };
    const [search, hash] = formatUrl(s).split('#');
    expect(parseUrl(search!, `#${hash}`).ignored).toEqual([]);
  });

  it('takes no name every object already has as a statistic, selection or briefing', () => {
    const s = parseState('?stat=__proto__&select=constructor&present=toString');
    expect([s.stat, s.select, s.present]).toEqual(['borderKmEst', null, null]);
  });
});
