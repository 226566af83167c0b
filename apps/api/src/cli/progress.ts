import { type RebuildProgress } from '../search/index.js';

const WIDTH = 30;

/** `[#########.....]  45% practice 9000/20000, 8812 indexed` — the bar moves in tenths of its width. */
export function progressLine({ kind, done, total, indexed }: RebuildProgress): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent} ${kind} ${done}/${total}, ${indexed} indexed`;
}
