import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import type { Abilities, Me } from '../../account/graphql/types';

interface Props {
  /** Whether the person may see this page; the API enforces the same rights anyway. */
  allowed: (abilities: Abilities) => boolean;
  children: (me: Me) => ReactNode;
}

/** Sign-in prompt for guests, "no permission" for people without the right, the content otherwise. */
export function RequireAbility({ allowed, children }: Props) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        allowed(me.abilities) ? (
          children(me)
        ) : (
          <div className="notice notice-warning">
            <p>{t('admin.forbidden')}</p>
          </div>
        )
      }
    </RequireSignIn>
  );
}
