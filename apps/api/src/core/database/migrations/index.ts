import { Foundation1764086400000 } from './1764086400000-foundation.js';
import { Identity1764172800000 } from './1764172800000-identity.js';
import { Practices1764432000000 } from './1764432000000-practices.js';
import { Discussions1764518400000 } from './1764518400000-discussions.js';
import { PostCooked1764518400001 } from './1764518400001-post-cooked.js';
import { Notifications1764518400004 } from './1764518400004-notifications.js';
import { PracticeHtml1764518400005 } from './1764518400005-practice-html.js';
import { PostPageIndex1764518400006 } from './1764518400006-post-page-index.js';
import { Search1764604800000 } from './1764604800000-search.js';
import { SearchState1764604800001 } from './1764604800001-search-state.js';
import { AnswerCache1764691200000 } from './1764691200000-answer-cache.js';

/** All migrations in order. Listed explicitly so builds and tests need no file globbing. */
export const MIGRATIONS = [
  Foundation1764086400000,
  Identity1764172800000,
  Practices1764432000000,
  Discussions1764518400000,
  PostCooked1764518400001,
  Notifications1764518400004,
  PracticeHtml1764518400005,
  PostPageIndex1764518400006,
  Search1764604800000,
  SearchState1764604800001,
  AnswerCache1764691200000,
];
