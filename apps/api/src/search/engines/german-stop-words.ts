/**
 * German function words Meilisearch leaves out of queries and ranking (articles, pronouns,
 * prepositions, conjunctions, auxiliaries). Reviewed for this domain: no negations ("nicht",
 * "kein", they change what is asked), no word of the synonym list, nothing a title is made of.
 * Lower case and written with umlauts, as people type them.
 */
export const GERMAN_STOP_WORDS: readonly string[] = [
  'aber', 'alle', 'allem', 'allen', 'aller', 'alles', 'als', 'also', 'am', 'an',
  'auch', 'auf', 'aus', 'bei', 'beim', 'bin', 'bis', 'bist', 'da', 'damit',
  'dann', 'das', 'dass', 'dem', 'den', 'denn', 'der', 'des', 'dessen', 'die',
  'dies', 'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'doch', 'dort', 'du', 'durch',
  'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'er', 'es', 'etwas', 'euch',
  'euer', 'für', 'hat', 'hatte', 'hier', 'ich', 'ihm', 'ihn', 'ihnen', 'ihr',
  'ihre', 'ihrem', 'ihren', 'ihrer', 'im', 'in', 'ins', 'ist', 'ja', 'jede',
  'jedem', 'jeden', 'jeder', 'jedes', 'man', 'mit', 'nach', 'noch', 'nun', 'nur',
  'ob', 'oder', 'sehr', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'sich', 'sie',
  'sind', 'so', 'über', 'um', 'und', 'uns', 'unser', 'vom', 'von', 'vor',
  'war', 'waren', 'was', 'weil', 'wenn', 'wer', 'wie', 'wir', 'wird', 'wo',
  'zu', 'zum', 'zur',
];
