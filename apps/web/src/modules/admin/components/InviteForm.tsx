import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { FormField } from '../../../ui/FormField';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { EmailField } from '../../account/components/fields';
import type { MembershipRole } from '../../../graphql/generated';
import { MEMBERSHIP_ROLES, membershipRoleLabel } from '../../account/labels';
import { checkEmail, collect } from '../../account/validation';
import type { MunicipalityOption } from '../../municipalities/hooks/useMunicipalityOptions';
import { INVITATIONS_QUERY, INVITE_USER_MUTATION } from '../graphql/invitations.graphql';

type Field = 'email' | 'role';
const FIELDS: readonly Field[] = ['email', 'role'];

export function InviteForm({ municipality }: { municipality: MunicipalityOption }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [sent, setSent] = useState<string | null>(null);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [invite, { loading }] = useMutation(INVITE_USER_MUTATION, {
    // The new invitation joins the list below without another request.
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: INVITATIONS_QUERY, variables: { municipalitySlug: municipality.slug } }, (existing) =>
        existing ? { invitations: [data.inviteUser, ...existing.invitations.filter((i) => i.id !== data.inviteUser.id)] } : existing,
      );
    },
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const fields = collect<Field>({ email: checkEmail(t, email), role: undefined });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      await invite({ variables: { input: { email: email.trim(), municipalitySlug: municipality.slug, role } } });
      setSent(email.trim());
      setEmail('');
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'admin.invitations' }));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.invitations.formHeading', { municipality: municipality.name })}</h2>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
      {/* Someone else's address: the browser should not offer the admin's own. */}
      <EmailField
        id={fieldId('email')}
        error={problems.fields.email}
        name="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <FormField id={fieldId('role')} label={t('admin.invitations.role')} error={problems.fields.role} required>
        {(control) => (
          <select {...control} name="role" value={role} onChange={(e) => setRole(e.target.value === 'COORDINATOR' ? 'COORDINATOR' : 'MEMBER')}>
            {MEMBERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {membershipRoleLabel(t, r)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" disabled={loading}>
        {loading ? t('common.sending') : t('admin.invitations.submit')}
      </button>
      <StatusMessage>{sent && <p>{t('admin.invitations.sent', { email: sent, municipality: municipality.name })}</p>}</StatusMessage>
    </form>
  );
}
