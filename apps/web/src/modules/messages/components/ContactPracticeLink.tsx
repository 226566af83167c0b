import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../account/hooks/useMe';

/** "Nachricht senden" in a practice's contact box: a private message to its registered contact person. */
export function ContactPracticeLink({ practiceId, practiceTitle }: { practiceId: string; practiceTitle: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  return (
    <Link to={`/nachrichten/neu?praxis=${encodeURIComponent(practiceId)}`} state={{ practiceTitle }} className="button-like">
      {t('messages.contact.send')}
    </Link>
  );
}
