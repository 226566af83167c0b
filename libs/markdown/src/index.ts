export * from './markdown.js';
export * from './xss-corpus.js';
