import { Protocol } from 'pmtiles';

/**
 * The pmtiles package's reader, loaded with the first tile of an archive
 * (registerPmtiles). One for the page: it keeps each archive's header and
 * directories once read, for the screen map and the export's second map.
 */
const protocol = new Protocol();

export const pmtilesTile = protocol.tile;
