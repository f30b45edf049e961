import type { Problem } from './Problem.ts';
import { fileProblem } from './fileProblem.ts';
import { phrase, type Phrase } from './Phrase.ts';

export type Parsed = { value: unknown; problems: Problem[] } | { value: undefined; problems: Problem[] };

/**
 * JSON.parse with messages a maintainer can act on. NaN and Infinity, which
 * Python's json module writes and JSON forbids, become null with a warning,
 * so the features around them still load and the ones holding them are
 * reported one by one.
 */
export function parseJsonText(file: string, text: string): Parsed {
  const first = tryParse(text);
  if (first.ok) return { value: first.value, problems: [] };
  const replaced = replaceNonFinite(text);
  if (replaced.count > 0) {
    const second = tryParse(replaced.text);
    if (second.ok) {
      return {
        value: second.value,
        problems: [fileProblem(file, 'non-finite-number', 'warning', phrase('expected.jsonNumbers'), phrase('found.nonFinite', { n: replaced.count }))],
      };
    }
  }
  const truncated = /unexpected end|unterminated|end of (json )?input/i.test(first.message);
  return {
    value: undefined,
    problems: [
      truncated
        ? fileProblem(file, 'truncated-json', 'error', phrase('expected.completeJson'), phrase('found.truncated'))
        : fileProblem(file, 'not-json', 'error', phrase('expected.jsonOrCsv'), whereNotJson(first.message, text)),
    ],
  };
}

/**
 * Where JSON.parse stopped, from its message. The message itself is the
 * JavaScript engine's, in English and worded differently per browser, so
 * only the place (or the character it tripped on) is kept.
 */
function whereNotJson(message: string, text: string): Phrase {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return phrase('found.notJsonAt', { line: Number(lineColumn[1]), column: Number(lineColumn[2]) });
  const offset = /position (\d+)/.exec(message);
  if (offset) {
    const before = text.slice(0, Number(offset[1])).split('\n');
    return phrase('found.notJsonAt', { line: before.length, column: before[before.length - 1]!.length + 1 });
  }
  const token = /Unexpected token '(.+?)',/.exec(message);
  return token ? phrase('found.notJsonToken', { token: token[1]! }) : phrase('found.notJson');
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** Replaces bare NaN, Infinity and -Infinity tokens outside strings with null. */
function replaceNonFinite(text: string): { text: string; count: number } {
  let out = '';
  let count = 0;
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 78 || c === 73 || c === 45) {
      const m = /^(?:NaN|-?Infinity)/.exec(text.slice(i, i + 9));
      if (m) {
        out += `${text.slice(last, i)}null`;
        i += m[0].length - 1;
        last = i + 1;
        count++;
      }
    }
  }
  return { text: out + text.slice(last), count };
}
