import { useTranslation } from 'react-i18next';
import { graphQLMessages } from './errors';

/** A loading failure, announced assertively because the expected content is missing. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = graphQLMessages(error);
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('common.loadError')}</p>
      {messages && messages.length > 0 && (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
