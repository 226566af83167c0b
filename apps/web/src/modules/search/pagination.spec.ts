import { pageItems } from './pagination';

describe('page links', () => {
  it('shows every page when there are few', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows first, last and the neighbours of the current page, with gaps between', () => {
    expect(pageItems(7, 20)).toEqual([1, 'gap', 6, 7, 8, 'gap', 20]);
    expect(pageItems(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageItems(20, 20)).toEqual([1, 'gap', 19, 20]);
  });

  it('fills a gap of one page with that page', () => {
    expect(pageItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
  });

  it('keeps first and last for a page beyond the end', () => {
    expect(pageItems(40, 3)).toEqual([1, 2, 3]);
  });
});
