import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { ActionOutcome, type Outcome } from '../../../ui/ActionOutcome';
import { FormField, TextField } from '../../../ui/FormField';
import { formatDateTime } from '../../../ui/format';
import { errorMessages } from '../../../ui/problems';
import type { MembershipRole, UserRole } from '../../../graphql/generated';
import { MEMBERSHIP_ROLES, USER_ROLES, membershipRoleLabel, userRoleLabel } from '../../account/labels';
import type { MunicipalityOption } from '../../municipalities/hooks/useMunicipalityOptions';
import {
  BLOCK_USER_MUTATION,
  SET_MEMBERSHIP_MUTATION,
  SET_USER_ROLE_MUTATION,
  UNBLOCK_USER_MUTATION,
} from '../graphql/users.graphql';
import type { AdminUser } from '../graphql/types';

interface Props {
  user: AdminUser;
  municipalities: MunicipalityOption[];
  /** The admin's own account: no self-demotion or self-blocking from here. */
  isSelf: boolean;
}

/** One account with everything an admin can change about it. Mutations answer with the account, so the cache updates it. */
export function UserCard({ user, municipalities, isSelf }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [role, setRole] = useState<UserRole>(user.role);
  const [newMunicipality, setNewMunicipality] = useState('');
  const [newMembershipRole, setNewMembershipRole] = useState<MembershipRole>('MEMBER');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [setUserRole, roleState] = useMutation(SET_USER_ROLE_MUTATION);
  const [setMembership, membershipState] = useMutation(SET_MEMBERSHIP_MUTATION);
  const [blockUser, blockState] = useMutation(BLOCK_USER_MUTATION);
  const [unblockUser, unblockState] = useMutation(UNBLOCK_USER_MUTATION);
  const busy = roleState.loading || membershipState.loading || blockState.loading || unblockState.loading;

  const run = async (action: () => Promise<unknown>, success: string) => {
    setOutcome(null);
    try {
      await action();
      setOutcome({ ok: true, text: success });
      return true;
    } catch (error) {
      setOutcome({ ok: false, text: errorMessages(t, error, 'admin').join(' ') });
      return false;
    }
  };

  const handleRole = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => setUserRole({ variables: { userId: user.id, role } }),
      t('admin.users.roleSaved', { name: user.displayName, role: userRoleLabel(t, role) }),
    );
  };

  const handleAddMembership = async (event: FormEvent) => {
    event.preventDefault();
    const municipality = municipalities.find((m) => m.slug === newMunicipality);
    if (!municipality) return;
    const ok = await run(
      () => setMembership({ variables: { input: { userId: user.id, municipalitySlug: municipality.slug, role: newMembershipRole } } }),
      t('admin.users.membershipSaved', { municipality: municipality.name, role: membershipRoleLabel(t, newMembershipRole) }),
    );
    if (ok) setNewMunicipality('');
  };

  const handleRemoveMembership = (slug: string, name: string) =>
    void run(
      () => setMembership({ variables: { input: { userId: user.id, municipalitySlug: slug, role: null } } }),
      t('admin.users.membershipRemoved', { municipality: name }),
    );

  const handleBlock = async (event: FormEvent) => {
    event.preventDefault();
    const given = reason.trim();
    if (given.length < LIMITS.blockReasonMin) {
      setReasonError(given ? t('admin.users.reasonTooShort', { min: LIMITS.blockReasonMin }) : t('admin.users.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    const ok = await run(() => blockUser({ variables: { input: { userId: user.id, reason: given } } }), t('admin.users.blocked'));
    if (ok) setReason('');
  };

  const handleUnblock = () => void run(() => unblockUser({ variables: { userId: user.id } }), t('admin.users.unblocked'));

  const headingId = `${id}-name`;
  return (
    <li className="card user-card">
      <h2 id={headingId} className="card-title">
        {user.displayName}
        {user.blocked && <span className="badge badge-danger">{t('admin.users.blockedBadge')}</span>}
      </h2>
      <dl className="card-meta">
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>
            {user.email ?? '–'} {!user.emailVerified && <span className="badge">{t('account.notVerified')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('admin.users.createdAt')}</dt>
          <dd>{formatDateTime(user.createdAt, i18n.resolvedLanguage)}</dd>
        </div>
        {user.blocked && user.blockedReason && (
          <div>
            <dt>{t('admin.users.blockedReason')}</dt>
            <dd>{user.blockedReason}</dd>
          </div>
        )}
      </dl>

      <form onSubmit={handleRole} className="inline-form">
        <FormField id={`${id}-role`} label={t('admin.users.role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              disabled={isSelf}
              onChange={(e) => setRole(USER_ROLES.find((r) => r === e.target.value) ?? user.role)}
            >
              {USER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {userRoleLabel(t, r)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" disabled={busy || isSelf || role === user.role}>
          {t('admin.users.saveRole')}
        </button>
      </form>

      <h3>{t('admin.users.memberships')}</h3>
      {user.memberships.length === 0 ? (
        <p>{t('admin.users.noMemberships')}</p>
      ) : (
        <ul className="membership-list">
          {user.memberships.map((m) => (
            <li key={m.municipality.slug}>
              {m.municipality.name} ({membershipRoleLabel(t, m.role)}){' '}
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                onClick={() => handleRemoveMembership(m.municipality.slug, m.municipality.name)}
                aria-label={t('admin.users.removeMembershipLabel', { municipality: m.municipality.name, name: user.displayName })}
              >
                {t('admin.users.removeMembership')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void handleAddMembership(e)} className="inline-form" aria-label={t('admin.users.addMembershipLabel', { name: user.displayName })}>
        <FormField id={`${id}-municipality`} label={t('admin.users.municipality')}>
          {(control) => (
            <select {...control} value={newMunicipality} onChange={(e) => setNewMunicipality(e.target.value)}>
              <option value="">{t('admin.users.chooseMunicipality')}</option>
              {municipalities.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-membershipRole`} label={t('admin.users.membershipRole')}>
          {(control) => (
            <select
              {...control}
              value={newMembershipRole}
              onChange={(e) => setNewMembershipRole(e.target.value === 'COORDINATOR' ? 'COORDINATOR' : 'MEMBER')}
            >
              {MEMBERSHIP_ROLES.map((r) => (
                <option key={r} value={r}>
                  {membershipRoleLabel(t, r)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" disabled={busy || !newMunicipality}>
          {t('admin.users.addMembership')}
        </button>
      </form>

      {!isSelf &&
        (user.blocked ? (
          <p>
            <button type="button" disabled={busy} onClick={handleUnblock}>
              {t('admin.users.unblock')}
            </button>
          </p>
        ) : (
          <form onSubmit={(e) => void handleBlock(e)} className="inline-form" noValidate>
            <TextField
              id={`${id}-reason`}
              label={t('admin.users.reason')}
              hint={t('admin.users.reasonHint')}
              error={reasonError}
              required
              maxLength={LIMITS.blockReasonMax}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <button type="submit" className="button-danger" disabled={busy}>
              {t('admin.users.block')}
            </button>
          </form>
        ))}

      <ActionOutcome outcome={outcome} />
    </li>
  );
}
