import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../../src/validate/reportCsv.ts';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { emptyContext } from '../../../src/validate/ValidationContext.ts';

const stations = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 's1', name: 'Đồn 1', kind: 'fort' }, geometry: { type: 'Point', coordinates: [103.25, 22.55] } },
  ],
};
const reports = validateFiles([{ name: 's.geojson', bytes: new TextEncoder().encode(JSON.stringify(stations)) }], emptyContext());

describe('reportCsv(reports, lang)', () => {
  it('writes the report in English with the documented column names', () => {
    const [header, row] = csvParseRows(reportCsv(reports, 'en'));
    expect(header).toEqual(['file', 'severity', 'code', 'item', 'index', 'id', 'property', 'expected', 'found', 'west', 'south', 'east', 'north']);
    expect(row).toEqual(['s.geojson', 'error', 'bad-value', 'feature', '0', 's1', 'properties.kind', 'one of "station", "post" or "gate"', 'the text "fort"', '103.25', '22.55', '103.25', '22.55']);
  });

  it('writes it in Vietnamese for the Vietnamese screen, keeping codes and values from the file', () => {
    const [header, row] = csvParseRows(reportCsv(reports, 'vi'));
    expect(header).toEqual(['tệp', 'mức độ', 'mã lỗi', 'loại', 'thứ tự', 'mã', 'thuộc tính', 'cần', 'gặp', 'tây', 'nam', 'đông', 'bắc']);
    expect(row).toEqual(['s.geojson', 'lỗi', 'bad-value', 'đối tượng', '0', 's1', 'properties.kind', 'một trong các giá trị "station", "post" hoặc "gate"', 'văn bản "fort"', '103.25', '22.55', '103.25', '22.55']);
  });
});
