import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../ui/ActionOutcome';
import { FormField } from '../../../ui/FormField';
import { errorMessages } from '../../../ui/problems';
import { SPACES_QUERY } from '../graphql/discussions.graphql';
import {
  HIDE_THREAD_MUTATION,
  LOCK_THREAD_MUTATION,
  MOVE_THREAD_MUTATION,
  PIN_THREAD_MUTATION,
  RESTORE_THREAD_MUTATION,
  UNLOCK_THREAD_MUTATION,
  UNPIN_THREAD_MUTATION,
} from '../graphql/moderate.graphql';
import type { ThreadView } from '../graphql/types';
import { parseSpaceParam, spaceParam, spaceTitle } from '../spaces';
import { ReasonForm } from './ReasonForm';

type Step = 'lock' | 'hide' | 'move' | null;

/** Moderator actions on a whole thread: pin, lock, hide and move, each asking for a reason where the audit log wants one. */
export function ThreadModeration({ thread, onOutcome }: { thread: ThreadView; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [step, setStep] = useState<Step>(null);
  const [pin] = useMutation(PIN_THREAD_MUTATION);
  const [unpin] = useMutation(UNPIN_THREAD_MUTATION);
  const [lock] = useMutation(LOCK_THREAD_MUTATION);
  const [unlock] = useMutation(UNLOCK_THREAD_MUTATION);
  const [hide] = useMutation(HIDE_THREAD_MUTATION);
  const [restore] = useMutation(RESTORE_THREAD_MUTATION);
  const [busy, setBusy] = useState(false);
  const variables = { threadId: thread.id };

  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await action();
      onOutcome({ ok: true, text: success });
    } catch (error) {
      onOutcome({ ok: false, text: errorMessages(t, error, 'discussions').join(' ') });
    } finally {
      setBusy(false);
    }
  };

  /** For the reason forms: null on success, the error text otherwise. */
  const withReason = async (action: () => Promise<unknown>, success: string): Promise<string | null> => {
    try {
      await action();
      setStep(null);
      onOutcome({ ok: true, text: success });
      return null;
    } catch (error) {
      return errorMessages(t, error, 'discussions').join(' ');
    }
  };

  return (
    <section aria-labelledby={headingId} className="thread-moderation">
      <h2 id={headingId}>{t('discussions.moderation.heading')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() =>
            void (thread.pinned
              ? run(() => unpin({ variables }), t('discussions.moderation.unpinned'))
              : run(() => pin({ variables }), t('discussions.moderation.pinned')))
          }
        >
          {thread.pinned ? t('discussions.moderation.unpin') : t('discussions.moderation.pin')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => (thread.locked ? void run(() => unlock({ variables }), t('discussions.moderation.unlocked')) : setStep('lock'))}
        >
          {thread.locked ? t('discussions.moderation.unlock') : t('discussions.moderation.lock')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => (thread.hidden ? void run(() => restore({ variables }), t('discussions.moderation.threadRestored')) : setStep('hide'))}
        >
          {thread.hidden ? t('discussions.moderation.restoreThread') : t('discussions.moderation.hideThread')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => setStep('move')}>
          {t('discussions.moderation.move')}
        </button>
      </div>
      {step === 'lock' && (
        <ReasonForm
          heading={t('discussions.moderation.lockHeading')}
          label={t('discussions.moderation.reason')}
          submitLabel={t('discussions.moderation.lock')}
          required={false}
          headingLevel={3}
          onCancel={() => setStep(null)}
          onSubmit={(reason) => withReason(() => lock({ variables: { ...variables, reason: reason || null } }), t('discussions.moderation.locked'))}
        />
      )}
      {step === 'hide' && (
        <ReasonForm
          heading={t('discussions.moderation.hideThreadHeading')}
          label={t('discussions.moderation.reason')}
          submitLabel={t('discussions.moderation.hideThread')}
          required
          headingLevel={3}
          onCancel={() => setStep(null)}
          onSubmit={(reason) => withReason(() => hide({ variables: { ...variables, reason } }), t('discussions.moderation.threadHidden'))}
        />
      )}
      {step === 'move' && (
        <MoveForm
          thread={thread}
          onCancel={() => setStep(null)}
          onDone={(text) => {
            setStep(null);
            onOutcome({ ok: true, text });
          }}
        />
      )}
    </section>
  );
}

function MoveForm({ thread, onCancel, onDone }: { thread: ThreadView; onCancel: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(SPACES_QUERY);
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string | undefined>();
  const [move] = useMutation(MOVE_THREAD_MUTATION);
  const spaces = (data?.spaces ?? []).filter((s) => !(s.type === thread.space.type && s.id === thread.space.id));
  return (
    <ReasonForm
      heading={t('discussions.moderation.moveHeading')}
      label={t('discussions.moderation.reason')}
      submitLabel={t('discussions.moderation.move')}
      required={false}
      headingLevel={3}
      onCancel={onCancel}
      onSubmit={async (reason) => {
        const space = parseSpaceParam(target);
        if (!space) {
          setTargetError(t('discussions.new.spaceRequired'));
          return t('discussions.new.spaceRequired');
        }
        setTargetError(undefined);
        try {
          const { data: moved } = await move({ variables: { threadId: thread.id, space, reason: reason || null } });
          onDone(t('discussions.moderation.moved', { space: moved ? spaceTitle(moved.moveThread.space, i18n.resolvedLanguage) : '' }));
          return null;
        } catch (error) {
          return errorMessages(t, error, 'discussions').join(' ');
        }
      }}
    >
      <FormField label={t('discussions.moderation.moveTarget')} required error={targetError}>
        {(control) => (
          <select {...control} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">–</option>
            {spaces.map((s) => (
              <option key={spaceParam(s)} value={spaceParam(s)}>
                {t(`discussions.spaceType.${s.type}`)}: {spaceTitle(s, i18n.resolvedLanguage)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </ReasonForm>
  );
}
