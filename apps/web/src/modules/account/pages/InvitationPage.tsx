import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { formatDateTime } from '../../../ui/format';
import { errorMessages, problemsFromError } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { DisplayNameField, NewPasswordField } from '../components/fields';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY } from '../graphql/invitation.graphql';
import type { InvitationPreview, Me } from '../graphql/types';
import { useSignOut } from '../hooks/useEndSession';
import { rememberSignedIn, useMe } from '../hooks/useMe';
import { membershipRoleLabel } from '../labels';
import { signInPath } from '../nextPath';
import { checkDisplayName, checkNewPassword, collect } from '../validation';

type Field = 'displayName' | 'password';
const FIELDS: readonly Field[] = ['displayName', 'password'];

/** Target of the link in an invitation mail. */
export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { me, loading: meLoading } = useMe();
  const { data, loading, error } = useQuery(INVITATION_PREVIEW_QUERY, { variables: { token }, skip: !token });
  const [accepted, setAccepted] = useState<{ municipality: string; role: string } | null>(null);

  const preview = data?.invitationPreview;
  let body;
  if (!token) {
    body = (
      <div role="alert" className="notice notice-error">
        <p>{t('invitation.errors.TOKEN_INVALID')}</p>
      </div>
    );
  } else if (loading || meLoading) {
    body = <p role="status">{t('common.loading')}</p>;
  } else if (error) {
    body = <InvitationError error={error} />;
  } else if (preview) {
    body = (
      <>
        <p className="lead">
          {t('invitation.summary', {
            municipality: preview.municipality.name,
            role: membershipRoleLabel(t, preview.role),
            email: preview.email,
          })}
        </p>
        {preview.status === 'PENDING' && (
          <p>{t('invitation.expires', { date: formatDateTime(preview.expiresAt, i18n.resolvedLanguage) })}</p>
        )}
        <StatusMessage takeFocus>
          {accepted && (
            <>
              <p>{t('invitation.success', accepted)}</p>
              <p>
                <Link to="/konto">{t('invitation.accountLink')}</Link>
              </p>
            </>
          )}
        </StatusMessage>
        {!accepted && (
          <InvitationAction
            token={token}
            preview={preview}
            me={me ?? null}
            onAccepted={() =>
              setAccepted({ municipality: preview.municipality.name, role: membershipRoleLabel(t, preview.role) })
            }
          />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('invitation.title')}</PageHeading>
      {body}
    </>
  );
}

function InvitationError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = errorMessages(t, error, 'invitation');
  return (
    <div role="alert" className="notice notice-error">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

interface ActionProps {
  token: string;
  preview: InvitationPreview;
  me: Me | null;
  onAccepted: () => void;
}

/** What the visitor can do with a valid invitation, depending on the account and who is signed in. */
function InvitationAction({ token, preview, me, onAccepted }: ActionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { signOut, loading: signingOut, failure } = useSignOut();

  if (preview.status !== 'PENDING') {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t(`invitation.status.${preview.status.toLowerCase()}`)}</p>
      </div>
    );
  }
  const samePerson = me && me.email.toLowerCase() === preview.email.toLowerCase();
  if (me && !samePerson) {
    return (
      <div className="notice notice-warning">
        <p>{t('invitation.otherAccount', { email: preview.email, current: me.email })}</p>
        <button type="button" disabled={signingOut} onClick={() => void signOut(location.pathname + location.search)}>
          {t('nav.signOut')}
        </button>
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
      </div>
    );
  }
  if (preview.accountExists && !me) {
    return (
      <div className="notice notice-warning">
        <p>{t('invitation.signInFirst', { email: preview.email })}</p>
        <p>
          <Link to={signInPath(location.pathname + location.search)}>{t('auth.signInLink')}</Link>
        </p>
      </div>
    );
  }
  return <AcceptForm token={token} withAccount={!me} onAccepted={onAccepted} />;
}

function AcceptForm({ token, withAccount, onAccepted }: { token: string; withAccount: boolean; onAccepted: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [accept, { loading }] = useMutation(ACCEPT_INVITATION_MUTATION, {
    update(cache, { data }) {
      rememberSignedIn(cache, data?.acceptInvitation);
    },
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (withAccount) {
      const fields = collect<Field>({ displayName: checkDisplayName(t, displayName), password: checkNewPassword(t, password) });
      if (Object.keys(fields).length > 0) {
        report({ fields, general: [] });
        return;
      }
    }
    clear();
    try {
      await accept({
        variables: { input: withAccount ? { token, displayName: displayName.trim(), password } : { token } },
      });
      onAccepted();
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'invitation' }));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{withAccount ? t('invitation.createHeading') : t('invitation.acceptHeading')}</h2>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
      {withAccount && (
        <>
          <DisplayNameField
            id={fieldId('displayName')}
            error={problems.fields.displayName}
            name="displayName"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
          <NewPasswordField
            id={fieldId('password')}
            label={t('fields.password')}
            error={problems.fields.password}
            name="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p className="hint">
            {t('invitation.privacyNote')} <Link to="/datenschutz">{t('invitation.privacyLink')}</Link>
          </p>
        </>
      )}
      <button type="submit" disabled={loading}>
        {loading ? t('common.sending') : withAccount ? t('invitation.createSubmit') : t('invitation.acceptSubmit')}
      </button>
    </form>
  );
}
