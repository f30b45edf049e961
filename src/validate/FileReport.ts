import type { Feature } from 'geojson';
import type { Bbox } from './FeatureIssue.ts';
import type { InputLayer } from './layerSpecs.ts';
import type { Problem, ProblemCode, Severity } from './Problem.ts';
import type { FileField } from './fileFields.ts';
import type { PropertyMapping } from './propertyAliases.ts';

/** A feature or activity record that passed every check so far. */
export interface ValidItem {
  /** Its index in the file. */
  index: number;
  id: string | null;
  /** A GeoJSON feature, or an activity record's properties. */
  value: Feature | Record<string, unknown>;
  bbox: Bbox | null;
  /** A feature whose properties the checks read otherwise than the file has them (a name mapped, an id read as text). */
  rewritten?: true;
}

/**
 * A valid feature as the page is told of it when it reads the file itself
 * (CheckInput `values: false`): where it is in the file, and its properties
 * where the checks read them otherwise than the file has them.
 */
export interface PickedItem {
  index: number;
  id: string | null;
  bbox: Bbox | null;
  properties?: Record<string, unknown>;
}

/** What checking one file found, and what of it can load. */
export interface FileReport {
  file: string;
  /** The layer the file was checked as. */
  layer: InputLayer | null;
  /** The layer it looked like, before any correction by the user. */
  detected: InputLayer | null;
  /** Features or records in the file, valid or not. */
  total: number;
  valid: ValidItem[];
  /** Every id the file's features carry, valid or not: references to a dropped feature are its fault, not theirs. */
  ids: Set<string>;
  problems: Problem[];
  /** In place of `valid` (left empty) when the page reads the file itself: which features are valid. */
  picked?: PickedItem[];
  /** Problems past MAX_PER_CODE of their code, counted and not listed. */
  omitted?: { code: ProblemCode; severity: Severity; count: number }[];
  /** The file's own property names with a sample value each, from its first features, for choosing which to read as ours. */
  fields?: FileField[];
  /** The properties it was read with as the user chose them: ours → the file's. */
  mapping?: PropertyMapping;
}
