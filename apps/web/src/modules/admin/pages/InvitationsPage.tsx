import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { FormField } from '../../../ui/FormField';
import { QueryError } from '../../../ui/QueryError';
import { formatDateTime } from '../../../ui/format';
import { errorMessages } from '../../../ui/problems';
import type { Abilities } from '../../account/graphql/types';
import { canInvite } from '../../account/hooks/useMe';
import { invitationStatusLabel, membershipRoleLabel } from '../../account/labels';
import { useMunicipalityOptions, type MunicipalityOption } from '../../municipalities/hooks/useMunicipalityOptions';
import { AdminPage } from '../components/AdminPage';
import { InviteForm } from '../components/InviteForm';
import { INVITATIONS_QUERY, REVOKE_INVITATION_MUTATION } from '../graphql/invitations.graphql';
import type { Invitation } from '../graphql/types';

export default function InvitationsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.invitations.title')} allowed={canInvite}>
      {(me) => <Invitations abilities={me.abilities} />}
    </AdminPage>
  );
}

function Invitations({ abilities }: { abilities: Abilities }) {
  const { t } = useTranslation();
  const id = useId();
  // Admins may invite to any municipality, coordinators to theirs.
  const all = useMunicipalityOptions({ skip: !abilities.inviteAnywhere });
  const options: MunicipalityOption[] = abilities.inviteAnywhere
    ? all.options
    : abilities.inviteFor.map((m) => ({ slug: m.slug, name: m.name }));
  const [chosen, setChosen] = useState('');
  const slug = options.some((o) => o.slug === chosen) ? chosen : (options[0]?.slug ?? '');
  const municipality = options.find((o) => o.slug === slug);

  if (abilities.inviteAnywhere && all.loading) return <p role="status">{t('common.loading')}</p>;
  if (all.error) return <QueryError error={all.error} />;

  return (
    <>
      <FormField id={`${id}-municipality`} label={t('admin.invitations.municipality')} required>
        {(control) => (
          <select {...control} value={slug} onChange={(e) => setChosen(e.target.value)}>
            {options.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {municipality && (
        <>
          <InviteForm municipality={municipality} />
          <InvitationList municipality={municipality} />
        </>
      )}
    </>
  );
}

function InvitationList({ municipality }: { municipality: MunicipalityOption }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const headingId = useId();
  const { data, loading, error } = useQuery(INVITATIONS_QUERY, {
    variables: { municipalitySlug: municipality.slug },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(REVOKE_INVITATION_MUTATION);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<Outcome>(null);

  const handleRevoke = async (invitation: Invitation) => {
    setBusyId(invitation.id);
    setMessage(null);
    try {
      await revoke({ variables: { id: invitation.id } });
      setMessage({ ok: true, text: t('admin.invitations.revoked', { email: invitation.email }) });
    } catch (e) {
      setMessage({ ok: false, text: errorMessages(t, e, 'admin').join(' ') });
    } finally {
      setBusyId(null);
    }
  };

  const invitations = data?.invitations ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.invitations.listHeading', { municipality: municipality.name })}</h2>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && !data && <QueryError error={error} />}
      {data && invitations.length === 0 && <p>{t('admin.invitations.empty')}</p>}
      {invitations.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('admin.invitations.role')}</th>
              <th scope="col">{t('admin.invitations.status')}</th>
              <th scope="col">{t('admin.invitations.invitedBy')}</th>
              <th scope="col">{t('admin.invitations.expiresAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((inv) => (
              <tr key={inv.id}>
                <td>{inv.email}</td>
                <td>{membershipRoleLabel(t, inv.role)}</td>
                <td>{invitationStatusLabel(t, inv.status)}</td>
                <td>
                  {inv.invitedByName ?? '–'}
                  <br />
                  <span className="hint">{formatDateTime(inv.createdAt, lng)}</span>
                </td>
                <td>{formatDateTime(inv.expiresAt, lng)}</td>
                <td>
                  {inv.status === 'PENDING' && (
                    <button
                      type="button"
                      disabled={busyId === inv.id}
                      onClick={() => void handleRevoke(inv)}
                      aria-label={t('admin.invitations.revokeLabel', { email: inv.email })}
                    >
                      {t('admin.invitations.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ActionOutcome outcome={message} />
    </section>
  );
}
