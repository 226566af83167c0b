export * from './municipality.js';
export * from './limits.js';
export * from './slug.js';
export * from './roles.js';
export * from './practice.js';
export * from './discussion.js';
export * from './search.js';
export * from './search-synonyms.js';
