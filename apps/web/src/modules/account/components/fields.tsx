import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { TextField } from '../../../ui/FormField';

/**
 * The account fields that recur across forms, each a required `TextField` with its label, hint,
 * input type, autocomplete token and length limit set once. The caller passes what differs per
 * form: id, name, value, onChange, error, and where needed another label or autocomplete token.
 */
type AccountFieldProps = Omit<ComponentProps<typeof TextField>, 'label' | 'hint' | 'type' | 'required'> & {
  /** Replaces the usual label, e.g. "Neue E-Mail-Adresse". */
  label?: ReactNode;
};

/** An e-mail address. `autoComplete` is "email"; sign-in passes "username", invitations of other people "off". */
export function EmailField({ label, autoComplete = 'email', ...props }: AccountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('fields.email')}
      required
      type="email"
      autoComplete={autoComplete}
      maxLength={LIMITS.emailMax}
      {...props}
    />
  );
}

/** The public display name, with a hint on how it is used and how long it may be. */
export function DisplayNameField({ label, ...props }: AccountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('fields.displayName')}
      hint={t('fields.displayNameHint', { min: LIMITS.displayNameMin, max: LIMITS.displayNameMax })}
      required
      autoComplete="nickname"
      maxLength={LIMITS.displayNameMax}
      {...props}
    />
  );
}

/**
 * A password being chosen, with the hint on its length. No maxLength on purpose: the browser would
 * cut a longer pasted password silently, and the person would not know the password they have set;
 * the form's check reports one that is too long instead.
 */
export function NewPasswordField({ label, ...props }: AccountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('fields.newPassword')}
      hint={t('fields.newPasswordHint', { min: LIMITS.passwordMin })}
      required
      type="password"
      autoComplete="new-password"
      {...props}
    />
  );
}

/** The new password once more, to catch typing mistakes. */
export function RepeatPasswordField({ label, ...props }: AccountFieldProps) {
  const { t } = useTranslation();
  return <TextField label={label ?? t('fields.repeatPassword')} required type="password" autoComplete="new-password" {...props} />;
}

/** The password the person has now: to sign in, or to confirm a change of the account. */
export function CurrentPasswordField({ label, ...props }: AccountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('fields.currentPassword')}
      required
      type="password"
      autoComplete="current-password"
      maxLength={LIMITS.passwordMax}
      {...props}
    />
  );
}
