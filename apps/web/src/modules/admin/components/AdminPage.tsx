import type { ReactNode } from 'react';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { Abilities, Me } from '../../account/graphql/types';
import { AdminNav } from './AdminNav';
import { RequireAbility } from './RequireAbility';

interface Props {
  title: string;
  /** Whether the person may use this page; see `RequireAbility`. */
  allowed: (abilities: Abilities) => boolean;
  /** The page's content below the administration navigation, for people who may see it. */
  children: (me: Me) => ReactNode;
}

/** The frame of an administration page: title, heading, the access check and the sub-navigation. */
export function AdminPage({ title, allowed, children }: Props) {
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <RequireAbility allowed={allowed}>
        {(me) => (
          <>
            <AdminNav abilities={me.abilities} />
            {children(me)}
          </>
        )}
      </RequireAbility>
    </>
  );
}
