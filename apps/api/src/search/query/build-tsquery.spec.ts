import { buildTsQuery, type WordInfo } from './build-tsquery.js';
import { parseQuery } from './parse-query.js';

const word = (stem: string, extra: Partial<WordInfo> = {}): WordInfo => ({ stem, known: true, completions: [], parts: [], typos: [], ...extra });

function build(text: string, info: Record<string, WordInfo>, synonyms: string[][][] = []) {
  return buildTsQuery(parseQuery(text), (w) => info[w] ?? word(w, { known: false }), synonyms);
}

describe('buildTsQuery', () => {
  it('ANDs known words by their stems', () => {
    expect(build('Flüchtlinge Wohnung ', { fluechtlinge: word('fluechtling'), wohnung: word('wohnung') }).match).toBe("'fluechtling' & 'wohnung'");
  });

  it('adds completions for the word being typed and compounds that contain a word', () => {
    const built = build('Planung Integ', {
      planung: word('planung', { parts: ['integrationsplan'] }),
      integ: word('integ', { known: false, completions: ['integration', 'integrationskur'] }),
    });
    expect(built.match).toBe("( 'planung' | 'integrationsplan' ) & ( 'integration' | 'integrationskur' )");
    expect(built.rankMain).toBe("'planung' | 'integration' | 'integrationskur'");
    expect(built.groups).toEqual([['planung', 'integrationsplan'], ['integ', 'integration', 'integrationskur']]);
  });

  it('replaces an unknown word by its nearest indexed words and reports the correction', () => {
    const built = build('Integartion ', {
      integartion: word('integartion', {
        known: false,
        typos: [
          { lexeme: 'integration', display: 'integration', term: 'integration', similarity: 0.5 },
          { lexeme: 'integrationen', display: 'integrationen', term: 'integrationen', similarity: 0.45 },
          { lexeme: 'intention', display: 'intention', term: 'intention', similarity: 0.3 },
        ],
      }),
    });
    expect(built.match).toBe("( 'integration' | 'integrationen' )");
    expect(built.corrections.get('integartion')).toBe('integration');
  });

  it('corrects two swapped letters, though their trigrams differ too much for the similarity bar', () => {
    const built = build('Deutcsh ', {
      deutcsh: word('deutcsh', {
        known: false,
        typos: [
          { lexeme: 'deutschkur', display: 'Deutschkurse', term: 'deutschkurse', similarity: 0.36 },
          { lexeme: 'deutsch', display: 'Deutsch', term: 'deutsch', similarity: 0.33 },
        ],
      }),
    });
    expect(built.match).toBe("'deutsch'");
    expect(built.corrections.get('deutcsh')).toBe('Deutsch');
    // A short word is not: four letters one edit apart are as often two different words.
    const short = build('Bhan ', { bhan: word('bhan', { known: false, typos: [{ lexeme: 'bahn', display: 'Bahn', term: 'bahn', similarity: 0.2 }] }) });
    expect(short.corrections.size).toBe(0);
  });

  it('keeps an unknown word without corrections, so the query finds nothing rather than everything', () => {
    expect(build('Xyzzy ', {}).match).toBe("'xyzzy'");
  });

  it('builds phrases with the distance of dropped stop words, and exclusions', () => {
    const built = build('"Runder Tisch der Integration" -Sport', {
      runder: word('rund'), tisch: word('tisch'), der: word(''), integration: word('integration'), sport: word('sport'),
    });
    expect(built.match).toBe("( 'rund' <-> 'tisch' <2> 'integration' ) & !( 'sport' )");
    expect(built.positive).toBe(true);
  });

  it('marks a query of exclusions only as not positive', () => {
    const built = build('-Sport', { sport: word('sport') });
    expect(built).toMatchObject({ match: "!( 'sport' )", positive: false, rankMain: '' });
  });

  it('expands a synonym group, single words and phrases', () => {
    const groups = [[['ehrenamt'], ['buergerschaft', 'engagement']]];
    const built = build('Ehrenamt ', { ehrenamt: word('ehrenamt') }, groups);
    expect(built.match).toBe("( 'ehrenamt' | ( 'buergerschaft' <-> 'engagement' ) )");
    const phrase = build('bürgerschaftliches Engagement ', { buergerschaftliches: word('buergerschaft'), engagement: word('engagement') }, groups);
    expect(phrase.match).toBe("( ( 'buergerschaft' & 'engagement' ) | 'ehrenamt' | ( 'buergerschaft' <-> 'engagement' ) )");
  });

  it('takes a synonym term nobody wrote as a synonym, not as a typo of a similar word', () => {
    const groups = [[['ehrenamt'], ['freiwilligenarbeit']]];
    const built = build(
      'Freiwilligenarbeit ',
      { freiwilligenarbeit: word('freiwilligenarbeit', { known: false, typos: [{ lexeme: 'freiwill', display: 'freiwillig', term: 'freiwillig', similarity: 0.6 }] }) },
      groups,
    );
    expect(built.match).toBe("( 'freiwilligenarbeit' | 'ehrenamt' )");
    expect(built.corrections.size).toBe(0);
  });

  it('takes a synonym term in an OR group as a synonym too, expanded within its alternative', () => {
    const groups = [[['ehrenamt'], ['freiwilligenarbeit']]];
    const built = build(
      'Sport OR Freiwilligenarbeit ',
      {
        sport: word('sport'),
        freiwilligenarbeit: word('freiwilligenarbeit', { known: false, typos: [{ lexeme: 'freiwill', display: 'freiwillig', term: 'freiwillig', similarity: 0.6 }] }),
      },
      groups,
    );
    expect(built.match).toBe("( 'sport' | ( 'freiwilligenarbeit' | 'ehrenamt' ) )");
    expect(built.corrections.size).toBe(0);
  });

  it('drops lexemes that are not plain [a-z0-9], whatever the vocabulary returned', () => {
    expect(build("x ", { x: word("x' | !y") }).match).toBe('');
  });
});
