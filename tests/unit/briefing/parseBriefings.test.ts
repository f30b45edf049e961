import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BriefingError, parseBriefings } from '../../../src/briefing/parseBriefings.ts';
import { BriefingStore, mergeBriefings } from '../../../src/briefing/briefingStore.ts';
import type { Briefing } from '../../../src/briefing/Briefing.ts';

const demo = JSON.parse(readFileSync('data/demo/briefings.json', 'utf8')) as unknown;

/** The fault parsing finds, said in English (as its message) and in Vietnamese. */
function fault(json: unknown, file = 'b.json'): { en: string; vi: string } {
  try {
    parseBriefings(json, file);
  } catch (err) {
    if (err instanceof BriefingError) return { en: err.describe('en'), vi: err.describe('vi') };
    throw err;
  }
  throw new Error('no fault found');
}

describe('parseBriefings(json, file)', () => {
  it('reads the demo briefing: at least 5 slides, each with a title, notes and a view', () => {
    const [story] = parseBriefings(demo, 'briefings.json');
    expect(story!.id).toBe('demo-story');
    expect(story!.slides.length).toBeGreaterThanOrEqual(5);
    for (const s of story!.slides) expect(s.title.length * s.notes.length).toBeGreaterThan(0);
  });

  it('names the briefing, slide and key at fault, with what it expected and found, in the reader\'s language', () => {
    const broken = structuredClone(demo) as { slides: { view: { radius: unknown } }[] }[];
    broken[0]!.slides[1]!.view.radius = 70;
    expect(fault(broken)).toEqual({
      en: 'b.json, briefing 0, slide 2, view.radius: expected a whole number of km from 1 to 50, found the number 70.',
      vi: 'b.json, bài trình chiếu 0, trang 2, view.radius: cần một số km nguyên từ 1 đến 50; thực tế: số 70.',
    });
    expect(() => parseBriefings(broken, 'b.json')).toThrow('b.json, briefing 0, slide 2, view.radius: expected a whole number of km from 1 to 50, found the number 70.');
    expect(fault({ id: 'has space', title: 't', slides: [] }, 'one.json')).toEqual({
      en: 'one.json, id: expected letters, digits, - or _ (1 to 64), found the text "has space".',
      vi: 'one.json, id: cần chữ cái, chữ số, - hoặc _ (1 đến 64 ký tự); thực tế: văn bản "has space".',
    });
    expect(fault([{ id: 'a', title: 't', slides: [{ title: 's', notes: '', view: null }] }]).vi).toBe('b.json, bài trình chiếu 0, trang 1, view: cần khung nhìn của trang (đối tượng JSON); thực tế: giá trị null.');
  });
});

describe('BriefingStore', () => {
  const briefing = (id: string, title: string): Briefing => ({ id, title, slides: [] });
  const memory = (initial: Record<string, string> = {}) => {
    const map = new Map(Object.entries(initial));
    return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };

  it('saves per dataset location, loads back, and lays the user\'s copy over the shipped briefing of the same id', () => {
    const storage = memory();
    const store = new BriefingStore(storage, 'https://site.example/maps/data/demo');
    store.put(briefing('demo-story', 'Bản của tôi'));
    store.put(briefing('mine', 'Mới'));
    expect(new BriefingStore(storage, 'https://site.example/maps/data/spoof').load().briefings).toEqual([]);
    const saved = store.load();
    expect(saved.unreadable).toEqual([]);
    expect(mergeBriefings([briefing('demo-story', 'Gốc'), briefing('shipped', 'Khác')], saved.briefings).map((b) => [b.id, b.title]))
      .toEqual([['demo-story', 'Bản của tôi'], ['shipped', 'Khác'], ['mine', 'Mới']]);
  });

  it('reports a briefing it cannot read and keeps the others; saving another leaves the unreadable one in the store', () => {
    const key = 'border-atlas:briefings:demo';
    const bad = { id: 'old', title: 42, slides: [] };
    const storage = memory({ [key]: JSON.stringify([briefing('a', 'A'), bad, briefing('b', 'B')]) });
    const store = new BriefingStore(storage, 'demo');
    const loaded = store.load();
    expect(loaded.briefings.map((b) => b.id)).toEqual(['a', 'b']);
    expect(loaded.unreadable.map((e) => e.describe('en'))).toEqual(['saved briefings, briefing 1, title: expected text of at most 200 characters, found the number 42.']);
    expect(loaded.unreadable.map((e) => e.describe('vi'))).toEqual(['các bài trình chiếu đã lưu trong trình duyệt, bài trình chiếu 1, title: cần văn bản không quá 200 ký tự; thực tế: số 42.']);
    expect(store.put(briefing('a', 'A2'))).toBe(true);
    expect(JSON.parse(storage.map.get(key)!)).toEqual([bad, briefing('b', 'B'), briefing('a', 'A2')]);
  });

  it('keeps the previous store as a backup at each save, and sets aside a store that is not JSON before writing', () => {
    const key = 'border-atlas:briefings:demo';
    const storage = memory({ [key]: '{not json' });
    const store = new BriefingStore(storage, 'demo');
    const unreadable = store.load().unreadable;
    expect(unreadable.map((e) => e.describe('en'))).toEqual(['border-atlas:briefings:demo: expected a JSON array of briefings, found text that is not one (kept as border-atlas:briefings:demo:unreadable).']);
    expect(unreadable.map((e) => e.describe('vi'))).toEqual(['border-atlas:briefings:demo: cần một mảng JSON các bài trình chiếu; thực tế: văn bản không phải mảng đó (được giữ lại ở border-atlas:briefings:demo:unreadable).']);
    store.put(briefing('a', 'A'));
    expect(storage.map.get(`${key}:unreadable`)).toBe('{not json');
    store.put(briefing('b', 'B'));
    expect(JSON.parse(storage.map.get(`${key}:backup`)!)).toEqual([briefing('a', 'A')]);
  });

  it('says a save failed when the browser refuses to store, instead of throwing', () => {
    const storage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(new BriefingStore(storage, 'demo').put(briefing('a', 'A'))).toBe(false);
  });
});

describe('parseBriefings limits, shared with the URL', () => {
  const slide = (view: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: 'b', title: 't', slides: [{ title: 's', notes: '', view: { camera: { center: [103, 22], zoom: 8, bearing: 0, pitch: 0 }, layers: [], select: null, stat: 'borderKmEst', coverage: false, radius: 10, units: 'pre2025', ...view }, ...extra }],
  });

  it('refuses a camera MapLibre cannot show, naming the key and the range', () => {
    expect(fault(slide({ camera: { center: [500, 500], zoom: 8, bearing: 0, pitch: 0 } }))).toEqual({
      en: 'b.json, slide 1, view.camera.center: expected [longitude, latitude], longitude within ±180, latitude within ±85.06, found [500,500].',
      vi: 'b.json, trang 1, view.camera.center: cần [kinh độ, vĩ độ], kinh độ trong khoảng ±180, vĩ độ trong khoảng ±85.06; thực tế: [500,500].',
    });
    expect(fault(slide({ camera: { center: [103, 22], zoom: 40, bearing: 0, pitch: 0 } })).en).toContain('view.camera.zoom: expected a number from 0 to 22, found the number 40.');
    expect(fault(slide({ camera: { bbox: [104, 22, 103, 23] } })).en).toContain('view.camera.bbox: expected [west, south, east, north], west < east');
  });

  it('takes for select and stat only what a URL may carry: no 200,000-character id, no "__proto__"', () => {
    expect(fault(slide({ select: 'x'.repeat(200_000) })).en).toMatch(/view\.select: expected an area id .*, found the text "x{40}… of 200000 characters\.$/);
    expect(fault(slide({ select: 'x'.repeat(200_000) })).vi).toMatch(/view\.select: cần mã một địa bàn .*; thực tế: văn bản "x{40}… dài 200000 ký tự\.$/);
    expect(fault(slide({ stat: '__proto__' })).en).toContain('view.stat: expected a statistic name');
  });

  it('reads a slide\'s period, and a slide without one (written before periods could be chosen) still loads, with no period', () => {
    const [withPeriod] = parseBriefings(slide({ stat: 'patrols', period: '2024-01-01--2024-06-30' }), 'b.json');
    expect(withPeriod!.slides[0]!.view.period).toBe('2024-01-01--2024-06-30');
    expect(parseBriefings(slide({ period: null }), 'b.json')[0]!.slides[0]!.view.period).toBeNull();
    expect(parseBriefings(slide({}), 'b.json')[0]!.slides[0]!.view).not.toHaveProperty('period');
    expect(fault(slide({ period: '2024' }))).toEqual({
      en: 'b.json, slide 1, view.period: expected a period as first--last day (2024-01-01--2024-06-30) or null, found the text "2024".',
      vi: 'b.json, trang 1, view.period: cần một kỳ ghi ngày đầu--ngày cuối (2024-01-01--2024-06-30) hoặc null; thực tế: văn bản "2024".',
    });
  });

  it('refuses more slides, or longer titles and notes, than keep editing quick', () => {
    const many = { id: 'b', title: 't', slides: Array.from({ length: 101 }, () => slide({}).slides[0]) };
    expect(fault(many)).toEqual({ en: 'b.json, slides: expected an array of at most 100 slides, found 101 slides.', vi: 'b.json, slides: cần một mảng không quá 100 trang; thực tế: 101 trang.' });
    expect(fault(slide({}, { notes: 'n'.repeat(5001) }))).toEqual({
      en: 'b.json, slide 1, notes: expected text of at most 5000 characters, found text of 5001 characters.',
      vi: 'b.json, trang 1, notes: cần văn bản không quá 5000 ký tự; thực tế: văn bản dài 5001 ký tự.',
    });
  });
});
