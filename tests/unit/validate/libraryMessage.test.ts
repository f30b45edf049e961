import { describe, expect, it } from 'vitest';
import { isFeature } from 'geojson-validation';
import { libraryPhrase } from '../../../src/validate/libraryMessage.ts';
import { renderPhrase } from '../../../src/validate/Phrase.ts';

const point = { type: 'Point', coordinates: [103, 22] };
/** Features geojson-validation finds fault with, one way each. */
const BROKEN: unknown[] = [
  'not an object',
  { geometry: point, properties: {} },
  { type: 'Feature', geometry: point },
  { type: 'Feature', properties: {} },
  { type: 'Feat', geometry: point, properties: {} },
  { type: 'Feature', properties: {}, bbox: [1, 2, 3] },
  { type: 'Feature', properties: {}, bbox: 'x', geometry: point },
  { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [1, 2] } },
  { type: 'Feature', properties: {}, geometry: { type: 'Point' } },
  { type: 'Feature', properties: {}, geometry: { coordinates: [1, 2] } },
  { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: 'x' } },
  { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1] } },
  { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 'x'] } },
  { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[1, 2]] } },
  { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: 'x' } },
  { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] } },
  { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] } },
  { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection' } },
  { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: 'x' } },
];

describe('libraryPhrase(message)', () => {
  const messages = [...new Set(BROKEN.flatMap((f) => isFeature(f, true)))];

  it('knows every message geojson-validation gives for a broken feature, so none reaches the screen in its English', () => {
    expect(messages.length).toBeGreaterThanOrEqual(15);
    for (const m of messages) expect(libraryPhrase(m).key, m).not.toBe('gjv.other');
  });

  it('keeps the names the library quotes, and says the rest in the language asked for', () => {
    expect(libraryPhrase('must have a member with the name "properties"')).toEqual({ key: 'gjv.member', params: { name: 'properties' } });
    expect(renderPhrase(libraryPhrase('must have a member with the name "properties"'), 'vi')).toBe('thiếu thành phần "properties"');
    expect(renderPhrase(libraryPhrase('Position must only contain numbers. Item x at index 1 is invalid.'), 'en')).toBe('a position holding x at index 1, not a number');
  });

  it('says where in nested coordinates the library found the fault', () => {
    const [message] = isFeature({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], [[0, 0], [1, 'x'], [1, 1], [0, 0]]] } }, true);
    expect(message).toBe('at 1: at 1: Position must only contain numbers. Item x at index 1 is invalid.');
    expect(renderPhrase(libraryPhrase(message!), 'vi')).toBe('vị trí chứa x ở chỉ số 1, không phải số (tại [1][1])');
  });

  it('passes on a message it does not know, saying whose words they are', () => {
    expect(renderPhrase(libraryPhrase('Problem with custom definition for Point: boom'), 'vi')).toBe('lỗi theo lời thư viện geojson-validation (tiếng Anh): Problem with custom definition for Point: boom');
  });
});
