import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseCommand, stateParams, withParams } from '../../../src/embed/messages.ts';
import { DEFAULT_STATE } from '../../../src/state/schema.ts';

describe('the host page API', () => {
  it('tells its own commands from others\' messages, and says what is wrong with a malformed one', () => {
    expect(parseCommand({ type: 'resize' })).toBeNull();
    expect(parseCommand('hello')).toBeNull();
    expect(parseCommand({ type: 'border-atlas:get' })).toEqual({ type: 'border-atlas:get' });
    expect(parseCommand({ type: 'border-atlas:set', state: { select: '12', radius: 20 } })).toEqual({ type: 'border-atlas:set', state: { select: '12', radius: '20' } });
    expect(parseCommand({ type: 'border-atlas:fly' })).toMatch(/unknown message type "border-atlas:fly"/);
    expect(parseCommand({ type: 'border-atlas:set', state: ['12'] })).toMatch(/"state" must be an object/);
    expect(parseCommand({ type: 'border-atlas:set', state: { select: { id: 1 } } })).toMatch(/"state.select" must be/);
  });

  it('speaks in URL keys: state out as the URL writes it, keys in checked as a URL\'s are', () => {
    const s = { ...DEFAULT_STATE, select: '12', stat: 'patrols', coverage: true, camera: { zoom: 8, lat: 22.4, lon: 103.1 } };
    expect(stateParams(s)).toEqual({ select: '12', stat: 'patrols', view: 'coverage', map: '8/22.4/103.1' });
    const next = withParams(s, { select: '40', lang: 'en', view: '', radius: '999' });
    expect(next).toMatchObject({ select: '40', lang: 'en', coverage: false, radius: DEFAULT_STATE.radius, stat: 'patrols' });
  });

  it('takes a period as the URL writes it, and an empty one back to all periods', () => {
    const s = withParams(DEFAULT_STATE, { stat: 'outreach_sessions', period: '2021-01-01--2021-12-31' });
    expect(s.period).toBe('2021-01-01--2021-12-31');
    expect(stateParams(s)).toEqual({ stat: 'outreach_sessions', period: '2021-01-01--2021-12-31' });
    expect(withParams(s, { period: '' }).period).toBeNull();
    expect(withParams(s, { period: 'last year' }).period).toBeNull();
  });

  it('obeys its own origin and the listed ones only', () => {
    expect(isAllowedOrigin('https://atlas.example', 'https://atlas.example', [])).toBe(true);
    expect(isAllowedOrigin('https://portal.example', 'https://atlas.example', ['https://portal.example'])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', 'https://atlas.example', ['https://portal.example'])).toBe(false);
  });

  it('keeps a dataset the page chose (an absolute path of <border-atlas dataset>) when other keys change', () => {
    const chosen = { ...DEFAULT_STATE, dataset: '/maps/atlas/data/demo' };
    expect(withParams(chosen, { select: '12' })).toMatchObject({ dataset: '/maps/atlas/data/demo', select: '12' });
    expect(withParams(chosen, { dataset: '' }).dataset).toBe('data/demo');
  });
});
