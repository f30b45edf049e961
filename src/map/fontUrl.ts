/** The scheme of the label fonts' addresses in the app's styles: MapLibre reads them through fontProtocol. */
export const FONT_SCHEME = 'atlas-font';

/** A label font's address in the app's styles, by its name in FONT_FILES. */
export const fontUrl = (name: string): string => `${FONT_SCHEME}://${name}`;
