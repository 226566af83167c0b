import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { errorMessages } from '../../../ui/problems';
import { FOLLOW_PRACTICE_MUTATION, UNFOLLOW_PRACTICE_MUTATION } from '../graphql/practices.graphql';

/**
 * A toggle button: its name stays "Folgen", aria-pressed (and a visible check mark) says whether
 * the viewer follows. The state is the server's answer, written to the cache by the mutation.
 */
export function FollowToggle({ practiceId, follows }: { practiceId: string; follows: boolean }) {
  const { t } = useTranslation();
  const [follow, following] = useMutation(FOLLOW_PRACTICE_MUTATION);
  const [unfollow, unfollowing] = useMutation(UNFOLLOW_PRACTICE_MUTATION);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const busy = following.loading || unfollowing.loading;

  const toggle = async () => {
    setOutcome(null);
    try {
      if (follows) {
        await unfollow({ variables: { id: practiceId } });
        setOutcome({ ok: true, text: t('practices.follow.unfollowed') });
      } else {
        await follow({ variables: { id: practiceId } });
        setOutcome({ ok: true, text: t('practices.follow.following') });
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorMessages(t, error).join(' ') });
    }
  };

  return (
    <>
      <button type="button" className="button-secondary toggle-button" aria-pressed={follows} disabled={busy} onClick={() => void toggle()}>
        <span className="toggle-mark" aria-hidden="true">
          {follows ? '✓' : '+'}
        </span>{' '}
        {t('practices.follow.button')}
      </button>
      <ActionOutcome outcome={outcome} />
    </>
  );
}
