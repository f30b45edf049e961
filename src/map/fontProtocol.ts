import * as maplibregl from 'maplibre-gl';
import { FONT_FILES, fontNamed, type FontName } from './fontFaces.ts';
import { FONT_SCHEME } from './fontUrl.ts';

let loads: Map<FontName, Promise<ArrayBuffer>> | null = null;

const load = (name: FontName): Promise<ArrayBuffer> => {
  const file = FONT_FILES[name];
  const got = fetch(file).then((res) => {
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return res.arrayBuffer();
  });
  // A failed download is tried again at the next request for it, not remembered.
  got.catch(() => loads?.delete(name));
  loads!.set(name, got);
  return got;
};

/**
 * Downloads the label fonts now, and hands them to MapLibre from memory
 * when its first label asks for them. MapLibre fetches a font only once a
 * tile needs its glyphs, by then between frames that on software GL hold
 * the page's thread 100-500 ms each: the reply waited behind them, and the
 * map's last labels (and its idle) up to ~1 s (docs/performance.md).
 * Protocols are global to MapLibre, so once is enough.
 */
export function preloadFonts(): void {
  if (loads) return;
  loads = new Map();
  for (const name of Object.keys(FONT_FILES) as FontName[]) load(name).catch(() => {});
  maplibregl.addProtocol(FONT_SCHEME, async (params) => {
    const asked = params.url.slice(`${FONT_SCHEME}://`.length);
    const name = fontNamed(asked);
    if (!name) throw new Error(`${params.url}: no such label font (expected one of ${Object.keys(FONT_FILES).join(', ')})`);
    // A copy each time: the buffer kept here serves every map (the screen's, an export's).
    return { data: (await (loads!.get(name) ?? load(name))).slice(0) };
  });
}
