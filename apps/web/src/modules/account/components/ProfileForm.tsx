import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { chooseLanguage } from '../../../i18n';
import { CheckboxField } from '../../../ui/CheckboxField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { FormField, TextAreaField, TextField } from '../../../ui/FormField';
import { StatusMessage } from '../../../ui/StatusMessage';
import { problemsFromError } from '../../../ui/problems';
import { useMunicipalityOptions } from '../../municipalities/hooks/useMunicipalityOptions';
import { DisplayNameField } from './fields';
import { UPDATE_PROFILE_MUTATION } from '../graphql/profile.graphql';
import type { Locale } from '../../../graphql/generated';
import type { Me } from '../graphql/types';
import { checkDisplayName, collect } from '../validation';

type Field = 'displayName' | 'bio' | 'affiliationText' | 'affiliationMunicipalitySlug' | 'languages' | 'allowContact' | 'locale';
const FIELDS: readonly Field[] = ['displayName', 'bio', 'affiliationText', 'affiliationMunicipalitySlug', 'languages', 'allowContact', 'locale'];

interface Values {
  displayName: string;
  bio: string;
  affiliationText: string;
  affiliationMunicipalitySlug: string;
  languages: string;
  allowContact: boolean;
  locale: Locale;
}

function initialValues(me: Me): Values {
  return {
    displayName: me.displayName,
    bio: me.bio ?? '',
    affiliationText: me.affiliationText ?? '',
    affiliationMunicipalitySlug: me.affiliationMunicipality?.slug ?? '',
    languages: me.languages.join(', '),
    allowContact: me.allowContact,
    locale: me.locale,
  };
}

/** "Deutsch, Arabisch ,, Türkisch" → ["Deutsch", "Arabisch", "Türkisch"] */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
}

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [values, setValues] = useState<Values>(() => initialValues(me));
  const [saved, setSaved] = useState(false);
  const { problems, attempt, report, clear } = useFormProblems<Field>();
  const [updateProfile, { loading }] = useMutation(UPDATE_PROFILE_MUTATION);
  const municipalities = useMunicipalityOptions();

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [field]: value }));
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const languages = parseLanguages(values.languages);
    const fields = collect<Field>({
      displayName: checkDisplayName(t, values.displayName),
      bio: values.bio.trim().length > LIMITS.bioMax ? t('errors.fields.bio.invalid', LIMITS) : undefined,
      affiliationText: values.affiliationText.trim().length > LIMITS.affiliationMax ? t('errors.fields.affiliationText.invalid', LIMITS) : undefined,
      affiliationMunicipalitySlug: undefined,
      languages:
        languages.length > LIMITS.languagesMax || languages.some((l) => l.length > LIMITS.languageNameMax)
          ? t('errors.fields.languages.invalid', LIMITS)
          : undefined,
      allowContact: undefined,
      locale: undefined,
    });
    if (Object.keys(fields).length > 0) {
      report({ fields, general: [] });
      return;
    }
    clear();
    try {
      const result = await updateProfile({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            bio: values.bio.trim() || null,
            affiliationText: values.affiliationText.trim() || null,
            affiliationMunicipalitySlug: values.affiliationMunicipalitySlug || null,
            languages,
            allowContact: values.allowContact,
            locale: values.locale,
          },
        },
      });
      if (result.data) {
        setValues(initialValues(result.data.updateProfile));
        setSaved(true);
        // The interface follows the language chosen for the account.
        if (result.data.updateProfile.locale !== me.locale) await chooseLanguage(result.data.updateProfile.locale === 'EN' ? 'en' : 'de');
      }
    } catch (error) {
      report(problemsFromError(t, error, { fields: FIELDS, context: 'profile' }));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(e)} className="account-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('profile.heading')}</h2>
      <p>{t('profile.intro')}</p>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={3} />
      <DisplayNameField
        id={fieldId('displayName')}
        error={problems.fields.displayName}
        name="displayName"
        value={values.displayName}
        onChange={(e) => set('displayName', e.target.value)}
      />
      <TextAreaField
        id={fieldId('bio')}
        label={t('profile.bio')}
        hint={t('profile.bioHint', { max: LIMITS.bioMax })}
        error={problems.fields.bio}
        name="bio"
        rows={5}
        maxLength={LIMITS.bioMax}
        value={values.bio}
        onChange={(e) => set('bio', e.target.value)}
      />
      <TextField
        id={fieldId('affiliationText')}
        label={t('profile.affiliationText')}
        hint={t('profile.affiliationTextHint')}
        error={problems.fields.affiliationText}
        name="affiliationText"
        autoComplete="organization"
        maxLength={LIMITS.affiliationMax}
        value={values.affiliationText}
        onChange={(e) => set('affiliationText', e.target.value)}
      />
      <FormField
        id={fieldId('affiliationMunicipalitySlug')}
        label={t('profile.affiliationMunicipality')}
        hint={t('profile.affiliationMunicipalityHint')}
        error={problems.fields.affiliationMunicipalitySlug}
      >
        {(control) => (
          <select
            {...control}
            name="affiliationMunicipalitySlug"
            value={values.affiliationMunicipalitySlug}
            onChange={(e) => set('affiliationMunicipalitySlug', e.target.value)}
            aria-busy={municipalities.loading || undefined}
          >
            <option value="">{t('profile.noMunicipality')}</option>
            {/* Keep the current choice even before the list has loaded. */}
            {me.affiliationMunicipality && !municipalities.options.some((m) => m.slug === me.affiliationMunicipality?.slug) && (
              <option value={me.affiliationMunicipality.slug}>{me.affiliationMunicipality.name}</option>
            )}
            {municipalities.options.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <TextField
        id={fieldId('languages')}
        label={t('profile.languages')}
        hint={t('profile.languagesHint', { max: LIMITS.languagesMax })}
        error={problems.fields.languages}
        name="languages"
        value={values.languages}
        onChange={(e) => set('languages', e.target.value)}
      />
      <FormField id={fieldId('locale')} label={t('profile.locale')} hint={t('profile.localeHint')} error={problems.fields.locale} required>
        {(control) => (
          <select {...control} name="locale" value={values.locale} onChange={(e) => set('locale', e.target.value === 'EN' ? 'EN' : 'DE')}>
            <option value="DE" lang="de">
              {t('language.de')}
            </option>
            <option value="EN" lang="en">
              {t('language.en')}
            </option>
          </select>
        )}
      </FormField>
      <CheckboxField
        id={fieldId('allowContact')}
        label={t('profile.allowContact')}
        hint={t('profile.allowContactHint')}
        error={problems.fields.allowContact}
        name="allowContact"
        checked={values.allowContact}
        onChange={(e) => set('allowContact', e.target.checked)}
      />
      <button type="submit" disabled={loading}>
        {loading ? t('common.saving') : t('profile.submit')}
      </button>
      <StatusMessage>{saved && <p>{t('profile.saved')}</p>}</StatusMessage>
    </form>
  );
}
