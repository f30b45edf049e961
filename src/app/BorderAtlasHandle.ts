/** What the page exposes to tests, screenshot tools and embedding pages. */
export interface BorderAtlasHandle {
  project(lngLat: [number, number]): { x: number; y: number };
  /** Resolves when the map has drawn every change made so far. */
  idle(): Promise<void>;
}
