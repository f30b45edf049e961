import { describe, expect, it } from 'vitest';
import { fold, searchAreas, searchIndex } from '../../../src/stats/searchAreas.ts';
import { commune, station, tinyDataset } from '../tinyDataset.ts';

const named = (id: string, provinceId: string, name: string) => {
  const c = commune(id, provinceId, 1);
  return { ...c, properties: { ...c.properties, name } };
};
const dataset = tinyDataset({
  communes: { type: 'FeatureCollection', features: [named('1', '12', 'Sin Suối Hồ'), named('2', '12', 'Dào San'), named('3', '40', 'Tam Hợp'), named('4', '40', 'Đồn Phong'), named('5', '12', 'Hồ Thầu')] },
  facilities: { type: 'FeatureCollection', features: [{ ...station('s1', '12', '1'), properties: { ...station('s1', '12', '1').properties, name: 'Đồn Biên phòng Sin Suối Hồ' } }] },
});
const index = searchIndex(dataset);
const ids = (q: string) => searchAreas(index, q).map((e) => e.id);

describe('searchAreas: finding an area or station by name', () => {
  it('finds Sin Suối Hồ typed without diacritics, the commune before the station named after it', () => {
    expect(ids('sin suoi ho')).toEqual(['1', 's1']);
  });

  it('reads đ as d, and takes diacritics and capitals when they are typed', () => {
    expect(ids('don phong')).toEqual(['4', 's1']);
    expect(ids('Đồn Phong')).toEqual(['4', 's1']);
    expect(ids('LAI CHAU')).toEqual(['12']);
  });

  it('puts names that start with the query before names that only contain it', () => {
    expect(ids('ho')).toEqual(['5', '1', '3', 's1']);
  });

  it('matches the start of words, not their middle: "ong" finds neither "Phong" nor "Đồn Biên phòng"', () => {
    expect(ids('ong')).toEqual([]);
    expect(ids('hop')).toEqual(['3']);
  });

  it('needs every word, in any order, and finds nothing for an empty query', () => {
    expect(ids('ho suoi')).toEqual(['1', 's1']);
    expect(ids('suoi xyz')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });

  it("gives each entry its kind and province, so places of the same name can be told apart", () => {
    const [c] = searchAreas(index, 'tam hop');
    expect(c).toMatchObject({ id: '3', name: 'Tam Hợp', kind: 'commune', province: 'Nghệ An' });
    expect(searchAreas(index, 'nghe an')[0]).toMatchObject({ kind: 'province', province: null });
  });

  it('folds text to lower case without marks, one space between words', () => {
    expect(fold('  Điện   Biên-Phủ ')).toBe('dien bien phu');
    expect(fold('Sìn Hồ')).toBe('sin ho');
  });
});
