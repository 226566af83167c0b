import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../ui/QueryError';
import { POST_REVISIONS_QUERY } from '../graphql/discussions.graphql';
import { Time } from './Time';

/** For moderators: the earlier versions of an edited post, as written (Markdown source), loaded on demand. */
export function PostRevisions({ postId, editCount }: { postId: string; editCount: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { data, loading, error } = useQuery(POST_REVISIONS_QUERY, { variables: { postId }, skip: !open });
  return (
    <div className="post-revisions">
      <button type="button" className="button-link" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('discussions.post.revisions', { count: editCount })}
      </button>
      <div id={id} hidden={!open}>
        {open && loading && !data && <p role="status">{t('common.loading')}</p>}
        {open && error && <QueryError error={error} />}
        {data && (
          <ol>
            {data.postRevisions.map((revision) => (
              <li key={revision.id}>
                <p className="post-meta">
                  {revision.editor?.displayName ?? t('discussions.post.deletedAccount')}, <Time iso={revision.createdAt} />
                </p>
                <pre className="revision-body">{revision.body}</pre>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
