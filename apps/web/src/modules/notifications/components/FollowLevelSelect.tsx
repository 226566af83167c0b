import { useId, useState } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { FollowSubject, WatchLevel } from '../../../graphql/generated';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { errorMessages } from '../../../ui/problems';
import { FOLLOW_LEVEL_MUTATION, UNFOLLOW_SUBJECT_MUTATION } from '../graphql/notifications.graphql';

const LEVELS: readonly WatchLevel[] = ['WATCHING', 'NORMAL', 'MUTED'];

/** The subjects with a `viewerFollowLevel` field: their cache entries are updated in place. */
type Followable = Extract<FollowSubject, 'THREAD' | 'TOPIC' | 'MUNICIPALITY'>;
const TYPENAMES: Record<Followable, string> = { THREAD: 'Thread', TOPIC: 'Topic', MUNICIPALITY: 'Municipality' };

interface Props {
  subject: { type: Followable; id: string };
  level: WatchLevel | null | undefined;
  /**
   * Where the texts are, since they name the subject ("this discussion", "this topic"):
   * `<textKey>.label`, `<textKey>.level.{NONE,STOP,WATCHING,NORMAL,MUTED}`, `<textKey>.done.{NONE,WATCHING,NORMAL,MUTED}`.
   */
  textKey: string;
}

/**
 * How closely the viewer follows a thread, topic or municipality: watching, normal, muted, or not
 * at all. Applies at once; the result is announced politely (or as an alert when it failed).
 */
export function FollowLevelSelect({ subject, level, textKey }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [follow, following] = useMutation(FOLLOW_LEVEL_MUTATION);
  const [unfollow, unfollowing] = useMutation(UNFOLLOW_SUBJECT_MUTATION);

  const change = async (value: string) => {
    setOutcome(null);
    const next = LEVELS.find((l) => l === value) ?? null;
    const remember = (cache: ApolloCache) =>
      cache.modify({ id: cache.identify({ __typename: TYPENAMES[subject.type], id: subject.id }), fields: { viewerFollowLevel: () => next } });
    const variables = { subjectType: subject.type, subjectId: subject.id };
    try {
      if (next) await follow({ variables: { ...variables, level: next }, update: remember });
      else await unfollow({ variables, update: remember });
      setOutcome({ ok: true, text: t(`${textKey}.done.${next ?? 'NONE'}`) });
    } catch (error) {
      setOutcome({ ok: false, text: errorMessages(t, error).join(' ') });
    }
  };

  return (
    <div className="field follow-level">
      <label htmlFor={id}>{t(`${textKey}.label`)}</label>
      <select id={id} value={level ?? ''} disabled={following.loading || unfollowing.loading} onChange={(e) => void change(e.target.value)}>
        {/* While following, the empty choice is the way out; otherwise it is the current state. */}
        <option value="">{t(`${textKey}.level.${level ? 'STOP' : 'NONE'}`)}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`${textKey}.level.${l}`)}
          </option>
        ))}
      </select>
      <ActionOutcome outcome={outcome} />
    </div>
  );
}
