import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../account/hooks/useMe';
import { signInPath } from '../../account/nextPath';
import { newThreadPath } from '../spaces';
import { SpaceThreads } from './SpaceThreads';

/** The "Diskussion" section of a practice page: its threads and a way to ask a question. */
export function PracticeDiscussion({ practiceId, practiceTitle }: { practiceId: string; practiceTitle: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const location = useLocation();
  const { me } = useMe();
  const space = { type: 'PRACTICE' as const, id: practiceId };
  return (
    <section aria-labelledby={headingId} className="practice-discussion no-print">
      <h2 id={headingId}>{t('discussions.practice.heading')}</h2>
      <SpaceThreads space={space} headingLevel={3} emptyText={t('discussions.practice.empty')} />
      <p>
        {me ? (
          <Link to={newThreadPath(space)} state={{ spaceTitle: practiceTitle }} className="button-like">
            {t('discussions.practice.ask')}
          </Link>
        ) : (
          me === null && <Link to={signInPath(location.pathname)}>{t('discussions.practice.signInToAsk')}</Link>
        )}
      </p>
    </section>
  );
}
