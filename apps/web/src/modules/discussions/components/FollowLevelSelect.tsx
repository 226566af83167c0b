import { useId, useState } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WatchLevel } from '../../../graphql/generated';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { errorMessages } from '../../../ui/problems';
import { FOLLOW_THREAD_MUTATION, UNFOLLOW_THREAD_MUTATION } from '../graphql/discussions.graphql';

const LEVELS: readonly WatchLevel[] = ['WATCHING', 'NORMAL', 'MUTED'];

/** How closely the viewer follows a thread: watching, normal, muted, or not at all. Applies at once. */
export function FollowLevelSelect({ threadId, level }: { threadId: string; level: WatchLevel | null | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [follow, following] = useMutation(FOLLOW_THREAD_MUTATION);
  const [unfollow, unfollowing] = useMutation(UNFOLLOW_THREAD_MUTATION);

  const change = async (value: string) => {
    setOutcome(null);
    const next = LEVELS.find((l) => l === value) ?? null;
    const remember = (cache: ApolloCache) =>
      cache.modify({ id: cache.identify({ __typename: 'Thread', id: threadId }), fields: { viewerFollowLevel: () => next } });
    try {
      if (next) await follow({ variables: { threadId, level: next }, update: remember });
      else await unfollow({ variables: { threadId }, update: remember });
      setOutcome({ ok: true, text: t(`discussions.follow.done.${next ?? 'NONE'}`) });
    } catch (error) {
      setOutcome({ ok: false, text: errorMessages(t, error).join(' ') });
    }
  };

  return (
    <div className="field follow-level">
      <label htmlFor={id}>{t('discussions.follow.label')}</label>
      <select id={id} value={level ?? ''} disabled={following.loading || unfollowing.loading} onChange={(e) => void change(e.target.value)}>
        <option value="">{t('discussions.follow.level.NONE')}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`discussions.follow.level.${l}`)}
          </option>
        ))}
      </select>
      <ActionOutcome outcome={outcome} />
    </div>
  );
}
