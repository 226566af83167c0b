import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ThreadListItem } from '../graphql/types';
import { spaceTitle, threadPath } from '../spaces';
import { ThreadBadges } from './ThreadBadges';
import { Time } from './Time';

interface Props {
  threads: readonly ThreadListItem[];
  /** Level of each thread's title, one below the list's heading. */
  headingLevel: 2 | 3 | 4;
  /** Name the space of each thread (the list of all threads); a space's own list leaves it out. */
  showSpace?: boolean;
}

/** Threads as cards: title, badges, unread posts of the viewer, space, author, size and last activity. */
export function ThreadList({ threads, headingLevel, showSpace = false }: Props) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className={thread.unreadCount > 0 ? 'card thread-unread' : 'card'}>
          <Heading className="card-title">
            <Link to={threadPath(thread.id)}>{thread.title}</Link>
            {thread.unreadCount > 0 && (
              <span className="badge badge-unread">
                <span aria-hidden="true">{t('discussions.list.unreadShort', { count: thread.unreadCount })}</span>
                <span className="visually-hidden">{t('discussions.list.unread', { count: thread.unreadCount })}</span>
              </span>
            )}
          </Heading>
          <ThreadBadges thread={thread} />
          <dl className="card-meta">
            {showSpace && (
              <div>
                <dt>{t('discussions.list.space')}</dt>
                <dd>
                  <Link to={thread.space.path}>{spaceTitle(thread.space, i18n.resolvedLanguage)}</Link>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('discussions.list.startedBy')}</dt>
              <dd>{thread.author?.displayName ?? t('discussions.post.deletedAccount')}</dd>
            </div>
            <div>
              <dt>{t('discussions.list.posts')}</dt>
              <dd>{t('discussions.list.postCount', { count: thread.postCount })}</dd>
            </div>
            <div>
              <dt>{t('discussions.list.lastActivity')}</dt>
              <dd>
                <Time iso={thread.lastPostAt} />
              </dd>
            </div>
          </dl>
          {thread.tags.length > 0 && (
            <ul className="tag-list" aria-label={t('discussions.list.tags')}>
              {thread.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
