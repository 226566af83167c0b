import { randomUUID } from 'node:crypto';
import { type SearchDocument } from '../../src/search/search.port.js';

let sequence = 0;

/**
 * A search document with German defaults (a running practice of a town in the Stuttgart region);
 * every call gets its own source id. `id` follows `kind` and `sourceId` unless given.
 */
export function buildSearchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  sequence += 1;
  const kind = overrides.kind ?? 'practice';
  const sourceId = overrides.sourceId ?? randomUUID();
  return {
    id: `${kind}:${sourceId}`,
    kind,
    sourceId,
    version: 1,
    title: `Nachbarschaftsgarten ${sequence}`,
    summary: 'Ein Garten, in dem Nachbarinnen und Nachbarn gemeinsam Gemüse ziehen.',
    body: 'Jeden Samstag treffen sich die Gärtnerinnen und Gärtner am Gemeinschaftsbeet.',
    tags: [],
    path: `/praxisbeispiele/nachbarschaftsgarten-${sequence}`,
    context: 'Musterstadt',
    topics: ['kultur-sport'],
    municipalities: ['musterstadt'],
    regions: ['stuttgart'],
    municipalityKinds: ['town'],
    status: kind === 'practice' ? 'running' : null,
    hasResults: false,
    adopted: false,
    date: new Date(Date.UTC(2025, 0, 1) + sequence * 60_000).toISOString(),
    isExample: false,
    ...overrides,
  };
}
