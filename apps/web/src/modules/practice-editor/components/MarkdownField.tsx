import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount, EditorField, type Need } from './fields';

// The Markdown renderer is large; load it only when someone opens a preview.
const Markdown = lazy(() => import('../../../ui/Markdown').then((m) => ({ default: m.Markdown })));

interface Props {
  id: string;
  label: string;
  /** What belongs in this section, shown before the Markdown hint. */
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  error?: string;
  need?: Need;
  rows?: number;
}

/**
 * A long text written in Markdown, with a short syntax hint, a character count and a preview
 * rendered by the same safe renderer the public page uses.
 */
export function MarkdownField({ id, label, hint, value, onChange, max, error, need, rows = 8 }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const previewId = `${id}-preview`;
  const toggle = preview ? t('practiceEditor.form.hidePreview') : t('practiceEditor.form.showPreview');
  return (
    <div className="markdown-field">
      <EditorField
        id={id}
        label={label}
        need={need}
        error={error}
        hint={
          <>
            {hint && <>{hint} </>}
            {t('practiceEditor.form.markdownHint')} <CharacterCount length={value.length} max={max} />
          </>
        }
      >
        {(control) => <textarea {...control} rows={rows} maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} />}
      </EditorField>
      <button
        type="button"
        className="button-secondary button-small"
        aria-expanded={preview}
        aria-controls={previewId}
        aria-label={t('practiceEditor.form.actionOn', { action: toggle, item: label })}
        onClick={() => setPreview((shown) => !shown)}
      >
        {toggle}
      </button>
      <div id={previewId} hidden={!preview} className="markdown-preview" role="region" aria-label={t('practiceEditor.form.previewOf', { label })}>
        {preview &&
          (value.trim() ? (
            <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
              <Markdown source={value} />
            </Suspense>
          ) : (
            <p className="hint">{t('practiceEditor.form.previewEmpty')}</p>
          ))}
      </div>
    </div>
  );
}
