import { BW_OUTLINE } from './bwOutline';

// Equirectangular projection with longitudes shrunk by cos(48.5°), the state's mid-latitude,
// so distances look right without a map library.
const LON_FACTOR = Math.cos((48.5 * Math.PI) / 180);
const UNITS_PER_DEGREE = 200;
const PADDING = 12;

const lons = BW_OUTLINE.map(([lon]) => lon);
const lats = BW_OUTLINE.map(([, lat]) => lat);
const MIN_LON = Math.min(...lons);
const MAX_LON = Math.max(...lons);
const MIN_LAT = Math.min(...lats);
const MAX_LAT = Math.max(...lats);

export const MAP_WIDTH = Math.round((MAX_LON - MIN_LON) * LON_FACTOR * UNITS_PER_DEGREE + 2 * PADDING);
export const MAP_HEIGHT = Math.round((MAX_LAT - MIN_LAT) * UNITS_PER_DEGREE + 2 * PADDING);

export function project(lon: number, lat: number): [number, number] {
  return [
    (lon - MIN_LON) * LON_FACTOR * UNITS_PER_DEGREE + PADDING,
    (MAX_LAT - lat) * UNITS_PER_DEGREE + PADDING,
  ];
}

export const OUTLINE_PATH =
  BW_OUTLINE.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join(' ') + ' Z';
