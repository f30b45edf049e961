/**
 * A dataset file that could not be used. Carries where it went wrong (file,
 * and feature index when one feature is at fault), what we expected and what
 * we got, so the message on screen lets a data maintainer fix the file.
 */
export class DatasetLoadError extends Error {
  readonly file: string;
  readonly expected: string;
  readonly got: string;
  readonly featureIndex: number | null;

  /** `noun` names what featureIndex counts: a GeoJSON feature or an activity record. */
  constructor(file: string, expected: string, got: string, featureIndex: number | null = null, noun = 'feature') {
    const where = featureIndex === null ? file : `${file}, ${noun} ${featureIndex}`;
    super(`${where}: expected ${expected}, got ${got}.`);
    this.name = 'DatasetLoadError';
    this.file = file;
    this.expected = expected;
    this.got = got;
    this.featureIndex = featureIndex;
  }
}
