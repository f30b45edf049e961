import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import vi600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';

// Unicode ranges as in @fontsource's CSS, so each file is fetched only for the letters it holds.
const VIETNAMESE = 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'.split(',');
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'.split(',');

export const FONT_REGULAR = 'Be Vietnam Pro Regular';
export const FONT_BOLD = 'Be Vietnam Pro SemiBold';

/** The label fonts' files by the name `fontFaces` gives them. */
export const FONT_FILES = { 'latin-400': latin400, 'vietnamese-400': vi400, 'latin-600': latin600, 'vietnamese-600': vi600 } as const;

export type FontName = keyof typeof FONT_FILES;

/** The label font a name read from an address stands for, if any (never a key of Object's prototype). */
export const fontNamed = (name: string): FontName | null => (Object.hasOwn(FONT_FILES, name) ? (name as FontName) : null);

/**
 * Label fonts for the style's `font-faces`: with no `glyphs` URL, MapLibre
 * renders text from these files locally, which is what lets Vietnamese
 * diacritics show with no glyph server and no network. Each file's address
 * is made by `urlOf` from its name in FONT_FILES.
 */
export function fontFaces(urlOf: (name: FontName) => string): FontFacesSpecification {
  return {
    [FONT_REGULAR]: [
      { url: urlOf('latin-400'), 'unicode-range': LATIN },
      { url: urlOf('vietnamese-400'), 'unicode-range': VIETNAMESE },
    ],
    [FONT_BOLD]: [
      { url: urlOf('latin-600'), 'unicode-range': LATIN },
      { url: urlOf('vietnamese-600'), 'unicode-range': VIETNAMESE },
    ],
  };
}

/** A font's address as the files are served beside the page: what a plain MapLibre page uses (the bench's). */
export const servedFont = (baseUrl: string) => (name: FontName): string => new URL(FONT_FILES[name], baseUrl).href;
