import type * as maplibregl from 'maplibre-gl';
import { FACILITY_SYMBOLS } from '../style/symbols.ts';
import { symbolImage } from './symbolImage.ts';

/** Icons are drawn on demand the first time a layer asks for them: no sprite file to fetch. */
export function resolveSymbols(map: maplibregl.Map): void {
  map.setMissingStyleImageResolver((id: string) => {
    const spec = FACILITY_SYMBOLS[id.replace(/^sym-/, '') as keyof typeof FACILITY_SYMBOLS];
    if (spec && !map.hasImage(id)) map.addImage(id, symbolImage(spec, 3), { pixelRatio: 3 });
  });
}
