import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';

interface Props {
  title?: string;
  message?: string;
  backTo?: string;
  backLabel?: string;
}

export function NotFoundPage({ title, message, backTo = '/', backLabel }: Props) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  usePageTitle(heading);
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p>{message ?? t('notFound.message')}</p>
      <p>
        <Link to={backTo}>{backLabel ?? t('notFound.backHome')}</Link>
      </p>
    </>
  );
}
