// The public face of the search feature: other features import from here only.
export { SearchModule } from './search.module.js';
export { SearchIndexer } from './search-indexer.js';
export { type RebuildProgress, rebuildIndex } from './rebuild-index.js';
export { SearchDocumentSource } from './documents/search-document.source.js';
export { SEARCH_PORT, type SearchPort, type SearchDocument } from './search.port.js';
