import type * as maplibregl from 'maplibre-gl';
import type { Dataset, Manifest } from '../data/types.ts';
import { featureTarget, type FeatureTarget } from './featureTarget.ts';
import { MARKS_SOURCE, markedCommunes } from './markedCommunes.ts';

/** What a commune's outline shows: chosen, under the pointer, or far from every station in the coverage view. */
export type Mark = 'selected' | 'hover' | 'flagged';

type Collection = ReturnType<typeof markedCommunes>;

/**
 * Communes with no mark left that the source keeps, zero wide by their
 * feature state, before it is cut back to the marked ones with the next
 * commune it takes in. Each change to the source is a trip to the map's
 * worker and back for its tiles, then a frame: a click that took the last
 * selection out as it put the new one in drew five frames at national size,
 * against four when only the new one comes in, and one when the pointer
 * has already brought it in. Marks taken off alone (the coverage view
 * switched off) send nothing.
 */
export const RESTING = 64;

/**
 * The marked communes' outlines. A GeoJSON dataset's are drawn from a
 * source of their own that holds only those communes, their marks in its
 * feature state; a tiled dataset's from the tiles, whose features keep
 * their marks in the tiles' feature state, as the communes' colours do.
 */
export class CommuneMarks {
  private readonly marked: Record<Mark, Set<string>> = { selected: new Set(), hover: new Set(), flagged: new Set() };
  private dataset: Dataset | null = null;
  /** The marks source's data as last sent, or to put in the next style built. */
  data: Collection = { type: 'FeatureCollection', features: [] };

  constructor(private readonly map: maplibregl.Map, private readonly manifest: Manifest) {}

  private get tiled(): boolean {
    return Boolean(this.manifest.tiles?.communes);
  }

  /** Where a commune's marks are kept in feature state. */
  target(id: string): FeatureTarget {
    return this.tiled ? featureTarget(this.manifest, 'communes', id) : { source: MARKS_SOURCE, id };
  }

  /** The communes' outlines come from this dataset from now on; the style built next carries `data`. */
  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.data = this.collect();
  }

  /** Marks exactly the communes `ids` with `mark`, and no others. */
  set(mark: Mark, ids: Iterable<string>): void {
    const prev = this.marked[mark];
    const next = new Set(ids);
    this.marked[mark] = next;
    const collected = this.grown(this.collect());
    // Only the communes that join or leave the source are sent, and MapLibre cuts again only the tiles they touch:
    // sending the whole source again reloaded every tile in view (a national click ~0.1 s longer to idle).
    const diff = changes(this.data, collected);
    if (diff) {
      this.data = collected;
      (this.map.getSource(MARKS_SOURCE) as maplibregl.GeoJSONSource | undefined)?.updateData(diff);
    }
    for (const id of prev) if (!next.has(id)) this.map.setFeatureState(this.target(id), { [mark]: false });
    for (const id of next) if (!prev.has(id)) this.map.setFeatureState(this.target(id), { [mark]: true });
  }

  /** Every mark set but hover, as feature state for another map drawn from the same style (an export). */
  states(): (FeatureTarget & { state: Record<string, unknown> })[] {
    return (['selected', 'flagged'] as const).flatMap((mark) => [...this.marked[mark]].map((id) => ({ ...this.target(id), state: { [mark]: true } })));
  }

  /**
   * The source as held, with the marked communes in; only the marked ones
   * when some come in and it would hold over RESTING others.
   */
  private grown(marked: Collection): Collection {
    if (this.tiled || !this.dataset) return marked;
    const held = new Map(this.data.features.map((f) => [f.properties.id, f.geometry]));
    const comingIn = marked.features.some((f) => held.get(f.properties.id) !== f.geometry);
    const ids = new Set(marked.features.map((f) => f.properties.id));
    const resting = this.data.features.filter((f) => !ids.has(f.properties.id));
    return comingIn && resting.length > RESTING ? marked : { type: 'FeatureCollection', features: [...resting, ...marked.features] };
  }

  private collect(): Collection {
    if (this.tiled || !this.dataset) return this.data;
    return markedCommunes(this.dataset, [...this.marked.selected, ...this.marked.hover, ...this.marked.flagged]);
  }
}

/** The communes to take out of the source and to put in, or null when it holds the same ones on the same geometry. */
function changes(from: Collection, to: Collection): { remove: string[]; add: Collection['features'] } | null {
  const before = new Map(from.features.map((f) => [f.properties.id, f.geometry]));
  const after = new Map(to.features.map((f) => [f.properties.id, f.geometry]));
  const remove = [...before].filter(([id, g]) => after.get(id) !== g).map(([id]) => id);
  const add = to.features.filter((f) => before.get(f.properties.id) !== f.geometry);
  return remove.length || add.length ? { remove, add } : null;
}
