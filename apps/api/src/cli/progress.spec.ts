import { progressLine } from './progress.js';

describe('progressLine', () => {
  it('draws the share done as a bar with the counts', () => {
    expect(progressLine({ kind: 'practice', done: 50, total: 200, indexed: 48 })).toBe(
      `[${'#'.repeat(8)}${'.'.repeat(22)}]  25% practice 50/200, 48 indexed`,
    );
  });

  it('shows an empty kind as complete', () => {
    expect(progressLine({ kind: 'thread', done: 0, total: 0, indexed: 7 })).toContain('100% thread 0/0');
  });
});
