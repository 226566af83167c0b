import {
  EMPTY_SEARCH,
  hasActiveFilters,
  isIsoDay,
  isSitePath,
  lastPage,
  parseSearchParams,
  searchPath,
  serializeSearchState,
  toSearchVariables,
  withoutFilters,
  type SearchState,
} from './searchParams';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('search URL state', () => {
  it('reads every filter, the sort order and the page from the URL', () => {
    expect(
      parse(
        'q=Sprachcaf%C3%A9+ehrenamt&kinds=practice,thread&topics=sprache&municipalities=freiburg,giengen&regions=freiburg' +
          '&municipalityKinds=town,city_district&statuses=running&hasResults=1&adopted=true&from=2024-01-01&to=2024-12-31&sort=date&page=3',
      ),
    ).toEqual<SearchState>({
      q: 'Sprachcafé ehrenamt',
      kinds: ['practice', 'thread'],
      topics: ['sprache'],
      municipalities: ['freiburg', 'giengen'],
      regions: ['freiburg'],
      municipalityKinds: ['town', 'city_district'],
      statuses: ['running'],
      hasResults: true,
      adopted: true,
      from: '2024-01-01',
      to: '2024-12-31',
      sort: 'date',
      page: 3,
    });
  });

  it('starts from an empty search without parameters', () => {
    expect(parse('')).toEqual(EMPTY_SEARCH);
  });

  it('accepts repeated parameters as well as comma lists, each value once', () => {
    expect(parse('kinds=practice&kinds=post,practice').kinds).toEqual(['practice', 'post']);
  });

  it('drops values it does not know instead of sending them', () => {
    const state = parse(
      'kinds=practice,PRACTICE,everything&topics=Sprache,sprache,../x&municipalities=<script>&regions=bayern&municipalityKinds=city' +
        '&statuses=done&hasResults=yes&adopted=0&sort=popular&page=zwei',
    );
    expect(state).toEqual<SearchState>({ ...EMPTY_SEARCH, kinds: ['practice'], topics: ['sprache'] });
  });

  it('drops impossible dates and a range that ends before it starts', () => {
    expect(parse('from=2025-02-30&to=31.12.2025')).toMatchObject({ from: undefined, to: undefined });
    expect(parse('from=2025-06-01&to=2025-01-01')).toMatchObject({ from: undefined, to: undefined });
    expect(parse('from=2024-02-29')).toMatchObject({ from: '2024-02-29', to: undefined });
    expect(isIsoDay('2023-02-29')).toBe(false);
  });

  it('keeps pages from 1 up to a bound and drops anything else', () => {
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=-2').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
    expect(parse('page=99999999999').page).toBe(1);
    expect(parse('page=40').page).toBe(40);
  });

  it('trims the query and cuts only absurdly long ones (the API cuts at its limit and says so)', () => {
    expect(parse('q=++Integration++').q).toBe('Integration');
    const long = 'Wort '.repeat(100).trim();
    expect(parse(`q=${encodeURIComponent(long)}`).q).toBe(long);
    expect(parse(`q=${'a'.repeat(5000)}`).q).toHaveLength(1000);
  });

  it('writes a canonical, readable query string and reads it back unchanged', () => {
    const state: SearchState = {
      ...EMPTY_SEARCH,
      q: 'Sprachcafé & Co',
      kinds: ['practice', 'post'],
      regions: ['tuebingen'],
      hasResults: true,
      from: '2024-01-01',
      sort: 'date',
      page: 2,
    };
    const query = serializeSearchState(state);
    expect(query).toBe('q=Sprachcaf%C3%A9%20%26%20Co&kinds=practice,post&regions=tuebingen&hasResults=1&from=2024-01-01&sort=date&page=2');
    expect(parse(query)).toEqual(state);
  });

  it('leaves defaults out of the path', () => {
    expect(searchPath()).toBe('/suche');
    expect(searchPath({ q: 'Lotsen' })).toBe('/suche?q=Lotsen');
    expect(searchPath({ q: '  ', page: 1, sort: 'relevance' })).toBe('/suche');
  });

  it('maps the state to the API variables with enum names, without empty filters', () => {
    expect(toSearchVariables(parse('q=Lotsen'))).toEqual({ q: 'Lotsen', sort: 'RELEVANCE', page: 1, pageSize: 20 });
    expect(toSearchVariables(parse('kinds=practice&regions=tuebingen&municipalityKinds=city_district&statuses=pilot&topics=sprache&adopted=1&to=2025-01-31&sort=date&page=2'))).toEqual({
      q: '',
      filter: {
        kinds: ['PRACTICE'],
        topics: ['sprache'],
        regions: ['TUEBINGEN'],
        municipalityKinds: ['CITY_DISTRICT'],
        statuses: ['PILOT'],
        adopted: true,
        to: '2025-01-31',
      },
      sort: 'DATE',
      page: 2,
      pageSize: 20,
    });
  });

  it('knows when filters are set and how to drop them, keeping query and sort order', () => {
    const state = parse('q=Lotsen&statuses=running&sort=date&page=3');
    expect(hasActiveFilters(state)).toBe(true);
    expect(hasActiveFilters(parse('q=Lotsen&sort=date&page=2'))).toBe(false);
    expect(withoutFilters(state)).toEqual({ ...EMPTY_SEARCH, q: 'Lotsen', sort: 'date' });
  });

  it('offers pages up to the API result window', () => {
    expect(lastPage(0)).toBe(1);
    expect(lastPage(20)).toBe(1);
    expect(lastPage(21)).toBe(2);
    expect(lastPage(100_000)).toBe(50);
  });

  it('opens only paths of this site', () => {
    expect(isSitePath('/praxisbeispiele/sprachcafe')).toBe(true);
    expect(isSitePath('/diskussionen/abc#beitrag-3')).toBe(true);
    expect(isSitePath('//evil.example/x')).toBe(false);
    expect(isSitePath('/\\evil.example')).toBe(false);
    expect(isSitePath('javascript:alert(1)')).toBe(false);
    expect(isSitePath('https://example.org/')).toBe(false);
    expect(isSitePath(null)).toBe(false);
  });
});
