import { useTranslation } from 'react-i18next';
import { LIMITS, PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { CheckboxField } from '../../../ui/CheckboxField';
import type { FieldErrors, PracticeFormValues } from '../formValues';
import { fieldDomId } from '../labels';
import { EditorTextField } from './fields';

type ContactValues = Pick<PracticeFormValues, 'contactSelf' | 'contactOtherUserId' | 'contactName' | 'contactEmail' | 'contactConsent'>;

interface Props {
  values: ContactValues;
  onChange: (patch: Partial<ContactValues>) => void;
  errors: FieldErrors;
  myName: string;
  /** The registered person stored as contact, if it is someone else. */
  otherUserName: string | null;
}

/**
 * Who to ask: the signed-in person (shown by their display name), or a name and e-mail address
 * that are only published with that person's consent.
 */
export function ContactFields({ values, onChange, errors, myName, otherUserName }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <CheckboxField
        id={fieldDomId('contactUserId')}
        label={t('practiceEditor.contact.self', { name: myName })}
        hint={t('practiceEditor.contact.selfHint')}
        error={errors.contactUserId}
        checked={values.contactSelf}
        onChange={(e) => onChange({ contactSelf: e.target.checked })}
      />
      {!values.contactSelf && (
        <>
          {values.contactOtherUserId && otherUserName && (
            <p className="notice">{t('practiceEditor.contact.otherMember', { name: otherUserName })}</p>
          )}
          <EditorTextField
            id={fieldDomId('contactName')}
            label={t('practiceEditor.fields.contactName')}
            maxLength={L.contactNameMax}
            autoComplete="off"
            error={errors.contactName}
            value={values.contactName}
            onChange={(e) => onChange({ contactName: e.target.value })}
          />
          <EditorTextField
            id={fieldDomId('contactEmail')}
            type="email"
            label={t('practiceEditor.fields.contactEmail')}
            maxLength={LIMITS.emailMax}
            autoComplete="off"
            error={errors.contactEmail}
            value={values.contactEmail}
            onChange={(e) => onChange({ contactEmail: e.target.value })}
          />
          <CheckboxField
            id={fieldDomId('contactConsent')}
            label={t('practiceEditor.contact.consent')}
            hint={t('practiceEditor.contact.consentHint')}
            error={errors.contactConsent}
            checked={values.contactConsent}
            onChange={(e) => onChange({ contactConsent: e.target.checked })}
          />
        </>
      )}
    </>
  );
}
