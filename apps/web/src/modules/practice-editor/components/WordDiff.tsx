import { diffWords } from 'diff';
import { useTranslation } from 'react-i18next';

/**
 * A word-level diff of two texts: removed words in <del>, added ones in <ins>. Screen readers
 * often ignore these elements, so each change starts with a visually hidden "entfernt:" or
 * "hinzugefügt:"; strike-through and underline (not colour alone) show them to everyone else.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const parts = diffWords(before, after);
  return (
    <p className="word-diff">
      {parts.map((part, i) =>
        part.removed ? (
          <del key={i}>
            <span className="visually-hidden">{t('practiceEditor.history.removed')} </span>
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={i}>
            <span className="visually-hidden">{t('practiceEditor.history.added')} </span>
            {part.value}
          </ins>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
