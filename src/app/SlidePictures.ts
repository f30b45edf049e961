import type { Slide } from '../briefing/Briefing.ts';
import type { Dataset } from '../data/types.ts';
import type { MapController, Padding } from '../map/createMap.ts';
import { buildChoropleth } from '../stats/buildChoropleth.ts';
import { hiddenStage } from '../ui/download.ts';

/** How a slide is pictured: the screen it is shown on (CSS px), and the picture's width in pixels. */
export interface PictureSize {
  screenWidth: number;
  screenHeight: number;
  width: number;
  /** Room a slide's card takes over the map on that screen, so the picture frames it as presented. */
  padding?: Padding;
}

/**
 * Pictures of slides (thumbnails in the editor, the current and next slide
 * in the presenter's window), drawn by a second map from the slide's own
 * view without touching the screen map. Drawn one at a time (each is a map
 * of its own, heavy on a software GPU) and kept per view and size until the
 * slide's view changes.
 */
export class SlidePictures {
  private cache = new Map<string, Promise<string>>();
  private queue: Promise<unknown> = Promise.resolve();
  private urls = new Set<string>();

  constructor(private opts: { map: MapController; dataset(): Dataset; doc: Document }) {}

  /** An object URL of a PNG of the slide as seen on a screen of the given size, scaled to `size.width` px wide. */
  picture(slide: Slide, size: PictureSize): Promise<string> {
    const key = keyOf(slide, size);
    let url = this.cache.get(key);
    if (!url) {
      url = this.queue.then(() => this.draw(slide, size));
      this.cache.set(key, url);
      // A failed picture is drawn again when next asked for; the queue goes on either way.
      url.catch(() => this.cache.delete(key));
      this.queue = url.catch(() => undefined);
    }
    return url;
  }

  remove(): void {
    for (const u of this.urls) URL.revokeObjectURL(u);
    this.urls.clear();
    this.cache.clear();
  }

  private async draw(slide: Slide, size: PictureSize): Promise<string> {
    const { map, doc } = this.opts;
    const ratio = size.width / size.screenWidth;
    const stage = hiddenStage(doc, size.screenWidth, size.screenHeight);
    try {
      const v = slide.view;
      const drawn = await map.renderView(stage, ratio, {
        layers: [...v.layers], choropleth: buildChoropleth(this.opts.dataset(), v.stat), selected: v.select, camera: v.camera,
        ...(size.padding ? { padding: size.padding } : {}),
      });
      try {
        const blob = await new Promise<Blob>((resolve, reject) => drawn.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the slide picture.'))), 'image/png'));
        return this.url(blob);
      } finally {
        drawn.remove();
      }
    } finally {
      stage.remove();
    }
  }

  private url(blob: Blob): string {
    const u = URL.createObjectURL(blob);
    this.urls.add(u);
    return u;
  }
}

function keyOf(slide: Slide, size: PictureSize): string {
  return JSON.stringify([slide.view, size]);
}
