import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { currentLanguage } from '../../../i18n';
import { useMe } from '../../account/hooks/useMe';
import { signInPath } from '../../account/nextPath';
import { FollowLevelSelect } from '../../notifications/components/FollowLevelSelect';
import { SpaceThreads } from '../components/SpaceThreads';
import { TOPIC_SPACE_QUERY } from '../graphql/discussions.graphql';
import { newThreadPath } from '../spaces';
import '../discussions.css';

/** `/themen/:slug`: the threads of one topic (Handlungsfeld). */
export default function TopicSpacePage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { me } = useMe();
  // The follow level is the viewer's: asked again on every visit (it may have changed with a sign-in).
  const { data, loading, error } = useQuery(TOPIC_SPACE_QUERY, { fetchPolicy: 'cache-and-network' });
  const topic = data?.topics.find((tp) => tp.slug === slug);
  const name = topic ? (currentLanguage(i18n.resolvedLanguage) === 'en' ? topic.nameEn : topic.nameDe) : '';
  usePageTitle(topic ? name : t('discussions.topic.title'));

  if (error && !data) return <QueryError error={error} />;
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!topic) {
    return (
      <>
        <PageHeading>{t('discussions.topic.notFound')}</PageHeading>
        <p>
          <Link to="/diskussionen">{t('discussions.thread.backToList')}</Link>
        </p>
      </>
    );
  }
  const space = { type: 'TOPIC' as const, id: topic.id };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/diskussionen">{t('discussions.thread.backToList')}</Link>
      </p>
      <PageHeading>{t('discussions.topic.heading', { name })}</PageHeading>
      <p>
        {me ? (
          <Link to={newThreadPath(space)} className="button-like">
            {t('discussions.topic.newThread')}
          </Link>
        ) : (
          me === null && <Link to={signInPath(location.pathname)}>{t('discussions.topic.signIn')}</Link>
        )}
      </p>
      {me && <FollowLevelSelect subject={{ type: 'TOPIC', id: topic.id }} level={topic.viewerFollowLevel} textKey="notifications.followControl.TOPIC" />}
      <SpaceThreads space={space} headingLevel={2} emptyText={t('discussions.topic.empty')} />
    </>
  );
}
