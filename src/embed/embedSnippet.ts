import type { AppState, Lang } from '../state/schema.ts';
import { formatUrl } from '../state/url.ts';

export const FRAME_SIZES = { wide: ['100%', '560'], '640x480': ['640', '480'], '360x640': ['360', '640'] } as const;
export type FrameSize = keyof typeof FRAME_SIZES;

export interface EmbedOptions {
  size: FrameSize;
  panel: boolean;
  controls: boolean;
  lang: Lang;
}

/** The address of the current view in embed mode, with the embed options chosen. */
export function embedUrl(pageUrl: string, state: AppState, o: EmbedOptions): string {
  const base = pageUrl.replace(/[?#].*$/, '');
  return `${base}${formatUrl({ ...state, embed: true, panel: o.panel, controls: o.controls, lang: o.lang, present: null, presenter: false })}`;
}

/** The <iframe> a web editor pastes into a page. */
export function iframeSnippet(url: string, title: string, o: EmbedOptions): string {
  const [w, h] = FRAME_SIZES[o.size];
  const width = w.endsWith('%') ? w : `${w}px`;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" style="width:${width};height:${h}px;border:0" loading="lazy" allow="fullscreen"></iframe>`;
}
