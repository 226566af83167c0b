import { useId, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useMe } from '../../account/hooks/useMe';
import { PracticeDiscussion } from '../../discussions/components/PracticeDiscussion';
import { ContactPracticeLink } from '../../messages/components/ContactPracticeLink';
import { signInPath } from '../../account/nextPath';
import { AdoptionActions } from '../components/AdoptionActions';
import { AdoptionDialog } from '../components/AdoptionDialog';
import { ArchiveAction } from '../components/ArchiveAction';
import { FollowToggle } from '../components/FollowToggle';
import { PracticeContent } from '../components/PracticeContent';
import { PracticeHeader } from '../components/PracticeHeader';
import { PracticeLoadState } from '../components/PracticeLoadState';
import type { AdoptionView } from '../graphql/types';
import { useAdoptionMunicipalities } from '../hooks/useAdoptionMunicipalities';
import { usePracticeQuery } from '../hooks/usePracticeQuery';

type DialogState = { mode: 'record' } | { mode: 'edit'; adoption: AdoptionView } | null;

export default function PracticeDetailPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const actionsHeadingId = useId();
  const { practice, loading, error } = usePracticeQuery(slug);
  const { me } = useMe();
  usePageTitle(practice?.title ?? t('practices.detail.title'));
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<Outcome>(null);
  // Takes focus when the control that caused a message went away with the change it made.
  const noticeRef = useRef<HTMLDivElement>(null);
  const adoptionOptions = useAdoptionMunicipalities(me, practice, { skip: !practice?.viewerCan.adopt });

  if (error || loading || !practice) return <PracticeLoadState error={error} />;

  const path = `/praxisbeispiele/${encodeURIComponent(practice.slug)}`;
  const announce = (outcome: Outcome, moveFocus: boolean) => {
    setNotice(outcome);
    if (moveFocus) setTimeout(() => noticeRef.current?.focus(), 0);
  };

  return (
    <>
      <p className="breadcrumb no-print">
        <Link to="/praxisbeispiele">{t('practices.detail.backToList')}</Link>
      </p>
      <PracticeHeader practice={practice} />

      <section aria-labelledby={actionsHeadingId} className="practice-actions">
        <h2 id={actionsHeadingId} className="visually-hidden">
          {t('practices.detail.actions')}
        </h2>
        <ul className="action-list">
          {practice.viewerCan.follow ? (
            <li>
              <FollowToggle practiceId={practice.id} follows={practice.viewerFollows} />
            </li>
          ) : (
            me === null &&
            practice.state === 'PUBLISHED' && (
              <li>
                <Link to={signInPath(location.pathname)}>{t('practices.follow.signIn')}</Link>
              </li>
            )
          )}
          {practice.viewerCan.edit && (
            <li>
              <Link to={`${path}/bearbeiten`} className="button-like">
                {t('practices.detail.edit')}
              </Link>
            </li>
          )}
          {practice.viewerCan.archive && (
            <li>
              <ArchiveAction practiceId={practice.id} onOutcome={(outcome) => announce(outcome, Boolean(outcome?.ok))} />
            </li>
          )}
          <li>
            <Link to={`${path}/drucken`}>{t('practices.detail.print')}</Link>
          </li>
          <li>
            {/* Served by the API, not by the app's router. */}
            <a href={`/api/practices/${encodeURIComponent(practice.slug)}.json`} type="application/json">
              {t('practices.detail.json')}
            </a>
          </li>
          {practice.revisions.length > 0 && (
            <li>
              <Link to={`${path}/versionen`}>{t('practices.detail.revisions', { count: practice.revisions.length })}</Link>
            </li>
          )}
        </ul>
      </section>
      <div ref={noticeRef} tabIndex={-1}>
        <ActionOutcome outcome={notice} />
      </div>

      <PracticeContent
        practice={practice}
        contactAction={practice.state === 'PUBLISHED' && <ContactPracticeLink practiceId={practice.id} practiceTitle={practice.title} />}
        adoptionTools={
          practice.viewerCan.adopt && (
            <p>
              <button type="button" onClick={() => setDialog({ mode: 'record' })} disabled={adoptionOptions.loading}>
                {t('practices.adoptions.record')}
              </button>
            </p>
          )
        }
        adoptionActions={(adoption) =>
          adoption.viewerCanEdit && (
            <AdoptionActions
              adoption={adoption}
              practiceSlug={practice.slug}
              onEdit={(a) => setDialog({ mode: 'edit', adoption: a })}
              onRemoved={(outcome) => announce(outcome, true)}
            />
          )
        }
      />

      {practice.state === 'PUBLISHED' && <PracticeDiscussion practiceId={practice.id} practiceTitle={practice.title} />}

      {dialog && (
        <AdoptionDialog
          practice={practice}
          adoption={dialog.mode === 'edit' ? dialog.adoption : undefined}
          municipalities={adoptionOptions.options}
          fallbackFocusRef={noticeRef}
          onClose={() => setDialog(null)}
          onSaved={(text) => {
            setDialog(null);
            setNotice({ ok: true, text });
          }}
        />
      )}
    </>
  );
}
