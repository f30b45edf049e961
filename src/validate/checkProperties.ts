import type { FeatureIssue } from './FeatureIssue.ts';
import type { PropSpec } from './layerSpecs.ts';
import { describeValue } from './describeValue.ts';
import { isIsoDate } from './isIsoDate.ts';
import { phrase, type Phrase } from './Phrase.ts';

export interface PropertyCheck {
  /** Problems that drop the feature or record. */
  errors: FeatureIssue[];
  /** Problems that keep it. */
  warnings: FeatureIssue[];
  /** The properties with numeric ids turned into text, ready to join the dataset. */
  props: Record<string, unknown>;
}

const MARKUP = /<\s*[a-z!/?]|javascript:/i;
/** What docs/data-format.md allows in an id: it travels in URLs (`select=<id>`) unescaped. */
const URL_SAFE = /[^A-Za-z0-9_.-]/gu;
const MAX_ID_LENGTH = 64;

/**
 * Checks properties against a layer's specs. `isNew` says whether the id is
 * one the dataset does not have yet: such features need more properties than
 * ones that only replace a geometry. `idDigits` is the width of the layer's
 * official codes, restored when a file wrote them as numbers.
 */
export function checkProperties(raw: unknown, specs: readonly PropSpec[], isNew: (id: string) => boolean, prefix = 'properties.', idDigits = 0): PropertyCheck {
  const errors: FeatureIssue[] = [];
  const warnings: FeatureIssue[] = [];
  // The file's own object unless an id is rewritten: it runs for every feature, and most need no change.
  let props: Record<string, unknown> = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (typeof props.id === 'number' && Number.isInteger(props.id) && props.id >= 0) {
    // Statistics codes have fixed widths (communes 5 digits): a number has lost its leading zeros.
    const id = String(props.id).padStart(idDigits, '0');
    warnings.push({ code: 'wrong-type', property: `${prefix}id`, expected: phrase('expected.idAsText'), found: phrase('found.numberReadAs', { value: props.id, id }) });
    props = { ...props, id };
  }
  const id = typeof props.id === 'string' ? props.id : null;
  if (id !== null && hasKey(specs, 'id')) {
    const bad = urlUnsafe(id);
    if (bad) errors.push({ code: 'id-not-url-safe', property: `${prefix}id`, expected: phrase('expected.urlSafeId'), found: bad });
  }
  for (const spec of specs) {
    const v = props[spec.key];
    // JSON has no Infinity: a property holding it was a literal such as 1e400, said so rather than "the number Infinity".
    if (typeof v === 'number' && !Number.isFinite(v)) continue;
    if (v === undefined || v === '') {
      const required = spec.required === true || (spec.required === 'new' && id !== null && isNew(id));
      if (required) {
        errors.push({ code: 'missing-property', property: prefix + spec.key, expected: spec.required === 'new' ? phrase('expected.forNewId', { what: expectedType(spec) }) : expectedType(spec), found: describeValue(v) });
      }
      continue;
    }
    if (v === null) {
      if (!spec.nullable) errors.push({ code: spec.required ? 'missing-property' : 'wrong-type', property: prefix + spec.key, expected: expectedType(spec), found: phrase('found.null') });
      continue;
    }
    const ok = spec.type === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string' && (spec.type !== 'date' || isIsoDate(v));
    if (!ok) {
      errors.push({ code: spec.type === 'date' && typeof v === 'string' ? 'bad-date' : 'wrong-type', property: prefix + spec.key, expected: expectedType(spec), found: describeValue(v) });
    } else if (spec.values && !spec.values.includes(v as string)) {
      errors.push({ code: 'bad-value', property: prefix + spec.key, expected: phrase('expected.oneOf', { values: spec.values.map((x) => JSON.stringify(x)) }), found: describeValue(v) });
    }
  }
  // for…in rather than Object.keys: no array per feature, and the same order for a parsed object's own members.
  for (const key in props) {
    const v = props[key];
    if (typeof v === 'number' && !Number.isFinite(v)) {
      errors.push({ code: 'number-overflow', property: `${prefix}${key}`, expected: phrase('expected.finiteNumber'), found: phrase('found.overflow', { value: String(v) }) });
    } else if (typeof v === 'string' && mayHoldMarkup(v)) {
      warnings.push({ code: 'markup-in-text', property: `${prefix}${key}`, expected: phrase('expected.plainText'), found: describeValue(v) });
    }
  }
  return { errors, warnings, props };
}

/** Markup, told without the regular expression for the texts (nearly all) with neither "<" nor ":". */
function mayHoldMarkup(v: string): boolean {
  return (v.indexOf('<') >= 0 || v.indexOf(':') >= 0) && MARKUP.test(v);
}

function hasKey(specs: readonly PropSpec[], key: string): boolean {
  for (const s of specs) if (s.key === key) return true;
  return false;
}

function expectedType(spec: PropSpec): Phrase {
  const base = phrase(spec.type === 'date' ? 'expected.date' : spec.type === 'number' ? 'expected.number' : 'expected.text');
  return spec.nullable ? phrase('expected.orNull', { what: base }) : base;
}

/** Ids that are short and plain (nearly all) are told at once: no array of their characters is made. */
const PLAIN_ID = /^[A-Za-z0-9_.-]{0,64}$/;

function urlUnsafe(id: string): Phrase | null {
  if (PLAIN_ID.test(id)) return null;
  const chars = [...new Set(id.match(URL_SAFE) ?? [])];
  if (chars.length > 0) return phrase('found.idChars', { id: id.length > 40 ? `${id.slice(0, 40)}…` : id, chars: chars.slice(0, 5).map((c) => JSON.stringify(c)).join(' ') });
  return [...id].length > MAX_ID_LENGTH ? phrase('found.idLength', { n: [...id].length }) : null;
}
