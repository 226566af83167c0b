/**
 * Schematic outline of Baden-Württemberg as [longitude, latitude] pairs, clockwise from the
 * Rhine north of Mannheim. Hand-drawn from the well-known border course (Rhine in the west,
 * High Rhine and Lake Constance in the south, Iller and Bavaria in the east, Hesse in the
 * north): good enough to place markers recognisably, not survey data.
 */
export const BW_OUTLINE: readonly (readonly [number, number])[] = [
  // North-west: Hesse border around Mannheim, Weinheim and the Odenwald
  [8.47, 49.59], [8.58, 49.56], [8.62, 49.62], [8.71, 49.63], [8.8, 49.55],
  [8.83, 49.46], [8.92, 49.42], [9.0, 49.47], [9.08, 49.55], [9.12, 49.59],
  // North: Bavarian border, Main valley at Wertheim
  [9.25, 49.63], [9.32, 49.74], [9.45, 49.77], [9.58, 49.79], [9.68, 49.72],
  [9.83, 49.66], [9.92, 49.58], [10.02, 49.5], [10.11, 49.42],
  // East: Hohenlohe, Ostalb, down to Ulm
  [10.15, 49.3], [10.2, 49.18], [10.28, 49.06], [10.42, 48.98], [10.47, 48.86],
  [10.44, 48.74], [10.36, 48.66], [10.25, 48.56], [10.12, 48.47], [10.0, 48.4],
  // South-east: along the Iller to the Allgäu
  [10.05, 48.3], [10.1, 48.15], [10.13, 47.98], [10.14, 47.84], [10.09, 47.72],
  [9.96, 47.62], [9.8, 47.59], [9.63, 47.57],
  // South: north shore of Lake Constance, Konstanz, then the High Rhine to Basel
  [9.48, 47.64], [9.27, 47.69], [9.15, 47.77], [9.05, 47.8], [9.02, 47.73],
  [9.18, 47.66], [9.0, 47.66], [8.85, 47.69], [8.73, 47.77], [8.6, 47.81],
  [8.47, 47.73], [8.4, 47.62], [8.22, 47.61], [8.0, 47.56], [7.8, 47.55],
  [7.62, 47.58],
  // West: Upper Rhine to Karlsruhe and Mannheim
  [7.52, 47.7], [7.55, 47.9], [7.59, 48.05], [7.64, 48.2], [7.73, 48.38],
  [7.8, 48.55], [7.95, 48.7], [8.08, 48.82], [8.22, 48.97], [8.3, 49.08],
  [8.37, 49.2], [8.45, 49.3], [8.46, 49.45],
];
