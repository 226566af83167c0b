import { useTranslation } from 'react-i18next';
import type { ThreadKind } from '../../../graphql/generated';

interface Props {
  thread: {
    kind: ThreadKind;
    pinned: boolean;
    locked: boolean;
    hidden: boolean;
    held: boolean;
    isExample: boolean;
    acceptedAnswer?: { id: string } | null;
  };
}

/** What kind of thread this is and the state it is in, as words (not colour alone). */
export function ThreadBadges({ thread }: Props) {
  const { t } = useTranslation();
  const badges: { key: string; className?: string }[] = [];
  if (thread.pinned) badges.push({ key: 'pinned' });
  if (thread.kind === 'QUESTION') badges.push({ key: thread.acceptedAnswer ? 'answered' : 'question' });
  if (thread.locked) badges.push({ key: 'locked' });
  if (thread.hidden) badges.push({ key: 'hidden', className: 'badge-danger' });
  if (thread.held) badges.push({ key: 'held', className: 'badge-danger' });
  if (thread.isExample) badges.push({ key: 'example', className: 'badge-example' });
  if (badges.length === 0) return null;
  return (
    <span className="card-badges">
      {badges.map((b) => (
        <span key={b.key} className={b.className ? `badge ${b.className}` : 'badge'}>
          {t(`discussions.badge.${b.key}`)}
        </span>
      ))}
    </span>
  );
}
