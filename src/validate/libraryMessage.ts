import { phrase, type Phrase } from './Phrase.ts';

/**
 * geojson-validation's messages (a fixed set, in English), said as our
 * phrases so they read in either language. Names it quotes (a member, a
 * type) are kept as values; a message it may add in a later version is kept
 * whole, marked as the library's wording.
 */
const PATTERNS: [RegExp, (m: RegExpExecArray) => Phrase][] = [
  [/^must have a member with the name "(\w+)"$/, (m) => phrase('gjv.member', { name: m[1]! })],
  [/^type must be "(\w+)"$/, (m) => phrase('gjv.type', { type: m[1]! })],
  [/^type must be one of: /, () => phrase('gjv.typeOneOf')],
  [/^"?(\w+)"?,? must be an array$/, (m) => m[1] === 'Position' ? phrase('gjv.positionNotArray') : phrase('gjv.notArray', { name: m[1]! })],
  [/^Position must be at least two elements$/, () => phrase('gjv.positionShort')],
  [/^Position must only contain numbers\. Item (.*) at index (\d+) is invalid\.$/, (m) => phrase('gjv.positionNotNumber', { item: m[1]!, index: Number(m[2]) })],
  [/^coordinates must have at least (two|four) (?:elements|positions)$/, (m) => phrase('gjv.coordinatesShort', { n: m[1] === 'two' ? 2 : 4 })],
  [/^The first and last positions must be equivalent$/, () => phrase('gjv.ringNotClosed')],
  [/^bbox, must be a 2\*n array$/, () => phrase('gjv.bboxOdd')],
  [/^must be a JSON Object$/, () => phrase('gjv.notObject')],
];

export function libraryPhrase(message: string): Phrase {
  // The library prefixes a nested item's message with its index, once per level: "at 0: at 3: …".
  const at = /^((?:at \d+: )+)(.*)$/s.exec(message);
  if (at) {
    const path = [...at[1]!.matchAll(/\d+/g)].map((m) => `[${m[0]}]`).join('');
    return phrase('gjv.at', { what: libraryPhrase(at[2]!), path });
  }
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return make(m);
  }
  return phrase('gjv.other', { message });
}
