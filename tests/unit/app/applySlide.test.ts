import { describe, expect, it } from 'vitest';
import { applySlide } from '../../../src/app/applySlide.ts';
import type { Slide } from '../../../src/briefing/Briefing.ts';
import type { MapController } from '../../../src/map/createMap.ts';
import { DEFAULT_STATE, type AppState } from '../../../src/state/schema.ts';

/** The state a slide leaves behind, starting from `from`. */
function after(view: Partial<Slide['view']>, from: AppState): AppState {
  let state = from;
  const slide: Slide = { title: 't', notes: '', view: { camera: { bbox: [102, 22, 103, 23] }, layers: ['communes'], select: '12', stat: 'outreach_sessions', coverage: false, radius: 10, units: 'pre2025', ...view } };
  const map = { goTo: () => {} } as unknown as MapController;
  applySlide({ map, getState: () => state, apply: (next) => { state = next; } }, slide, false);
  return state;
}

describe('applySlide(target, slide)', () => {
  it("applies the slide's period", () => {
    expect(after({ period: '2021-01-01--2021-12-31' }, DEFAULT_STATE).period).toBe('2021-01-01--2021-12-31');
  });

  it('shows all periods for a slide made before periods could be chosen, whatever period was on screen', () => {
    expect(after({}, { ...DEFAULT_STATE, period: '2024-01-01--2024-06-30' }).period).toBeNull();
  });
});
