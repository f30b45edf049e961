import { describe, expect, it } from 'vitest';
import { applyAliases } from '../../../src/validate/propertyAliases.ts';
import { sampleFields } from '../../../src/validate/fileFields.ts';
import { renderPhrase } from '../../../src/validate/Phrase.ts';
import { validateFile } from '../../../src/validate/validateFile.ts';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]]] });
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
/** A dataset that has these communes already: an outline for them needs no province. */
const known = () => ({ ...emptyContext(), ids: { communes: new Set(['03502', '03448']) } });
const communes = (props: Record<string, unknown>[]) => bytes({ type: 'FeatureCollection', features: props.map((p, i) => ({ type: 'Feature', properties: p, geometry: square(102 + i * 0.1, 22) })) });

describe('validateFile with the mapping the user chose', () => {
  const file = communes([{ MA_DON_VI: 3502, TEN: 'Mù Cả' }, { MA_DON_VI: 3448, TEN: 'Pa Vệ Sủ' }]);

  it('without it, every feature lacks id, and the file’s properties come with a sample and a hint', () => {
    const r = validateFile({ name: 'x.geojson', bytes: file, layer: 'communes' }, emptyContext());
    expect(r.valid).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'missing-property').map((p) => p.property)).toEqual(['properties.id', 'properties.id']);
    expect(r.fields).toEqual([{ name: 'MA_DON_VI', sample: 3502, hint: 'code' }, { name: 'TEN', sample: 'Mù Cả', hint: 'name' }]);
    expect(r.mapping).toBeUndefined();
  });

  it('with it, reads the chosen property as ours, a numeric commune code as 5-digit text, and says once that the user chose it', () => {
    const r = validateFile({ name: 'x.geojson', bytes: file, layer: 'communes', mapping: { id: 'MA_DON_VI', name: 'TEN' } }, known());
    expect(r.valid.map((v) => v.id)).toEqual(['03502', '03448']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.mapping).toEqual({ id: 'MA_DON_VI', name: 'TEN' });
    const mapped = r.problems.filter((p) => p.code === 'property-mapped').map((p) => `${p.property}: ${renderPhrase(p.found, 'en')}`);
    expect(mapped).toEqual([
      'properties.id: none, read from the file’s "MA_DON_VI" in 2 feature(s), as chosen by you',
      'properties.name: none, read from the file’s "TEN" in 2 feature(s), as chosen by you',
    ]);
    expect(renderPhrase(r.problems.find((p) => p.code === 'property-mapped')!.found, 'vi')).toBe('không có, đã đọc từ thuộc tính "MA_DON_VI" của tệp ở 2 đối tượng, theo lựa chọn của bạn');
  });

  it('wins over an alias, and skips a property a feature does not give', () => {
    const r = validateFile({ name: 'x.geojson', bytes: communes([{ ma_xa: '03451', MA: '03502', ten: 'A' }, { ma_xa: '03448', ten: 'B' }]), layer: 'communes', mapping: { id: 'MA' } }, known());
    expect(r.valid.map((v) => v.id)).toEqual(['03502', '03448']);
  });
});

describe('applyAliases beyond communes', () => {
  it('reads a station list’s ten_don, ma_don and loai ("Đồn", "Cửa khẩu") as name, id and kind, and pads numeric codes', () => {
    const { props } = applyAliases('facilities', { properties: { ma_don: 'd1', ten_don: 'Đồn Mù Cả', loai: 'Đồn biên phòng', ma_xa: 3451, ma_tinh: 2 } }, new Map());
    expect(props).toMatchObject({ id: 'd1', name: 'Đồn Mù Cả', kind: 'station', hostCommuneId: '03451', provinceId: '02' });
    expect(applyAliases('facilities', { properties: { ten: 'CK', loai: 'Cửa khẩu' } }, new Map()).props).toMatchObject({ kind: 'gate' });
    // A kind it does not know is left for the check to refuse, naming what the file says.
    expect(applyAliases('facilities', { properties: { loai: 'Đội' } }, new Map()).props).toMatchObject({ kind: 'Đội' });
  });

  it('ignores a chosen key the layer does not have, such as "__proto__"', () => {
    const { props, used } = applyAliases('communes', { properties: { a: 'x' } }, new Map(), JSON.parse('{"__proto__":"a","nope":"a"}') as Record<string, string>);
    expect(used).toEqual([]);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
  });
});

describe('sampleFields(features)', () => {
  it('lists names in order of first appearance, with the first value given, cut long texts, and hints only where every value agrees', () => {
    const fields = sampleFields([
      { properties: { code: '03502', mixed: '03502', note: null, long: 'x'.repeat(60) } },
      { properties: { code: 3448, mixed: 'Mù Cả', note: 'ok', extra: true } },
    ]);
    expect(fields).toEqual([
      { name: 'code', sample: '03502', hint: 'code' },
      { name: 'mixed', sample: '03502', hint: null },
      { name: 'note', sample: 'ok', hint: 'name' },
      { name: 'long', sample: `${'x'.repeat(40)}…`, hint: 'name' },
      { name: 'extra', sample: true, hint: null },
    ]);
  });

  it('looks at the first 50 features only, and at most 40 names', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ properties: { [`p${i}`]: i } }));
    expect(sampleFields(many).map((f) => f.name)).toHaveLength(40);
    expect(sampleFields([...Array.from({ length: 50 }, () => ({ properties: {} })), { properties: { late: 1 } }])).toEqual([]);
  });
});
