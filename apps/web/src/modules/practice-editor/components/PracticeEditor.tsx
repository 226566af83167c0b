import { useCallback, useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { print } from 'graphql';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS as L } from '@praxisforum/domain';
import { CSRF_HEADERS } from '../../../app/apollo';
import { localeFor } from '../../../i18n';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { errorMessages } from '../../../ui/problems';
import type { Me } from '../../account/graphql/types';
import {
  toUpdateInput,
  validateForPublication,
  validatePractice,
  valuesFromPractice,
  type FieldErrors,
  type PracticeFormValues,
} from '../formValues';
import { DELETE_PRACTICE_MUTATION, PRACTICE_EDITOR_QUERY, SUBMIT_PRACTICE_MUTATION, UPDATE_PRACTICE_MUTATION } from '../graphql/editor.graphql';
import type { EditorPractice, EditorTopic } from '../graphql/types';
import { useSaveQueue } from '../hooks/useSaveQueue';
import { fieldDomId, fieldLabel, sectionLabel } from '../labels';
import { readEditorFailure } from '../serverErrors';
import { AttachmentsSection } from './AttachmentsSection';
import { ConfirmAction } from './ConfirmAction';
import { EditorField } from './fields';
import { FORM_SECTIONS, PracticeFormSections, sectionDomId } from './PracticeFormSections';

/** Drafts save this long after the last change. */
export const AUTOSAVE_DELAY_MS = 2000;

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'published'; at: string }
  | { kind: 'invalid'; count: number }
  | { kind: 'error'; reason: string }
  | { kind: 'conflict' };

interface SaveJob {
  values: PracticeFormValues;
  /** How many changes these values contain, to know what is saved. */
  edits: number;
}

/** Where the missing sections of a submission are edited. */
const MISSING_TARGET: Record<string, string> = {
  summary: 'summary',
  topics: 'topicSlugs',
  problem: 'problem',
  approach: 'approach',
  results: 'results',
  transferability: 'transferability',
  contact: 'contactUserId',
};

/** Whether the form (not yet saved) already fills a section the API reported as missing. */
function filled(section: string, v: PracticeFormValues): boolean {
  switch (section) {
    case 'summary':
    case 'problem':
    case 'approach':
    case 'results':
    case 'transferability':
      return v[section].trim() !== '';
    case 'topics':
      return v.topicSlugs.length > 0;
    case 'contact':
      return v.contactSelf || (!!v.contactOtherUserId && !v.contactName.trim()) || (!!v.contactName.trim() && !!v.contactEmail.trim());
    default:
      return false;
  }
}

interface Props {
  practice: EditorPractice;
  topics: readonly EditorTopic[];
  me: Me;
  /** Loads the practice as stored now and starts the form afresh (the user's changes are dropped). */
  onReload: () => Promise<void>;
}

/**
 * The editor of one practice. Drafts save themselves 2 s after the last change (one save at a
 * time, the latest values queued), and once more when the page is left. Published practices are
 * saved only on "Änderungen veröffentlichen", as each save becomes a public revision. Every save
 * sends the version it is based on; a CONFLICT stops saving until the person decides.
 */
export function PracticeEditor({ practice, topics, me, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const client = useApolloClient();
  const navigate = useNavigate();
  const id = useId();
  const published = practice.state === 'PUBLISHED';
  const autosave = practice.state === 'DRAFT';

  const [values, setValues] = useState(() => valuesFromPractice(practice, me.id, lng));
  const valuesRef = useRef(values);
  const [edits, setEdits] = useState(0);
  const editsRef = useRef(0);
  // The highest change count saved and asked to be saved; the difference to `editsRef` is unsaved work.
  const savedEdits = useRef(0);
  const requestedEdits = useRef(0);
  const versionRef = useRef(practice.version);
  const leaving = useRef(false);

  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [showClientErrors, setShowClientErrors] = useState(false);
  const [checkPublication, setCheckPublication] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState<'version' | 'state' | null>(null);
  const [summaryAttempt, setSummaryAttempt] = useState(0);
  const [busy, setBusy] = useState<'submit' | 'publish' | 'save' | 'resolve' | 'reload' | null>(null);
  const queue = useSaveQueue<SaveJob>();

  const clientErrors = useMemo(() => validatePractice(t, values, lng), [t, values, lng]);
  const publicationErrors = useMemo(() => validateForPublication(t, values), [t, values]);
  const missingErrors = useMemo<FieldErrors>(
    () =>
      Object.fromEntries(
        missing.filter((s) => !filled(s, values)).map((s) => [MISSING_TARGET[s] ?? s, t('practiceEditor.errors.neededForPublication')]),
      ),
    [missing, values, t],
  );
  // Problems with what was entered; sections still missing are listed on their own in the summary.
  const problems = useMemo<FieldErrors>(
    () => ({
      ...serverErrors,
      ...(checkPublication ? publicationErrors : {}),
      ...(showClientErrors ? clientErrors : {}),
    }),
    [serverErrors, checkPublication, publicationErrors, showClientErrors, clientErrors],
  );
  const errors = useMemo<FieldErrors>(() => ({ ...missingErrors, ...problems }), [missingErrors, problems]);

  // Stable, so that sections whose fields did not change skip rendering.
  const update = useCallback((patch: Partial<PracticeFormValues>) => {
    const next = { ...valuesRef.current, ...patch };
    valuesRef.current = next;
    editsRef.current += 1;
    setValues(next);
    setEdits(editsRef.current);
  }, []);

  const performSave = async (job: SaveJob): Promise<boolean> => {
    setStatus({ kind: 'saving' });
    try {
      const input = toUpdateInput(job.values, { id: practice.id, version: versionRef.current, meId: me.id, lng, published });
      const { data } = await client.mutate({ mutation: UPDATE_PRACTICE_MUTATION, variables: { input } });
      const saved = data?.updatePractice;
      if (!saved) throw new Error('No answer');
      versionRef.current = saved.version;
      savedEdits.current = Math.max(savedEdits.current, job.edits);
      setServerErrors({});
      setGeneral([]);
      setStatus({ kind: published ? 'published' : 'saved', at: saved.updatedAt });
      return true;
    } catch (error) {
      const failure = readEditorFailure(t, error);
      if (failure.versionConflict || failure.stateConflict) {
        queue.stop();
        setConflict(failure.versionConflict ? 'version' : 'state');
        setStatus({ kind: 'conflict' });
        return false;
      }
      setServerErrors(failure.fields);
      setGeneral(failure.general);
      const fieldCount = Object.keys(failure.fields).length;
      setStatus({ kind: 'error', reason: fieldCount ? t('practiceEditor.status.checkFields', { count: fieldCount }) : failure.general.join(' ') });
      return false;
    }
  };

  /** Saves the current values (after the running save); false when they are invalid or saving failed. */
  const save = (): Promise<boolean> => {
    const current = valuesRef.current;
    const problems = validatePractice(t, current, lng);
    if (Object.keys(problems).length > 0) {
      setShowClientErrors(true);
      setStatus({ kind: 'invalid', count: Object.keys(problems).length });
      return Promise.resolve(false);
    }
    requestedEdits.current = editsRef.current;
    return queue.enqueue({ values: current, edits: editsRef.current }, performSave);
  };

  const unsaved = () => editsRef.current !== savedEdits.current;

  // Autosave: 2 s after the last change, unless that change was already asked to be saved.
  const autoSave = useEffectEvent(() => {
    if (leaving.current || conflict || editsRef.current <= requestedEdits.current) return;
    void save();
  });
  useEffect(() => {
    if (!autosave || conflict || edits === 0) return;
    const timer = setTimeout(() => autoSave(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [edits, autosave, conflict]);

  // Leaving the page inside the app: save what is left (best effort, nobody waits for it).
  const saveOnLeave = useEffectEvent(() => {
    if (!autosave || conflict || leaving.current || !unsaved() || editsRef.current <= requestedEdits.current) return;
    void save();
  });
  useEffect(() => () => saveOnLeave(), []);

  // Closing the tab or reloading: a request that outlives the page (keepalive), best effort; and the
  // browser's warning where changes would be lost for sure (published edits, invalid input, a conflict).
  const onPageHide = useEffectEvent(() => {
    if (!autosave || conflict || leaving.current || !unsaved() || queue.busy) return;
    const current = valuesRef.current;
    if (Object.keys(validatePractice(t, current, lng)).length > 0) return;
    const input = toUpdateInput(current, { id: practice.id, version: versionRef.current, meId: me.id, lng, published });
    try {
      void fetch('/graphql', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...CSRF_HEADERS },
        body: JSON.stringify({ operationName: 'UpdatePractice', query: print(UPDATE_PRACTICE_MUTATION), variables: { input } }),
      }).catch(() => undefined);
    } catch {
      // keepalive bodies are limited (64 KiB): a very long draft is not saved this way.
    }
  });
  const onBeforeUnload = useEffectEvent((event: BeforeUnloadEvent) => {
    if (leaving.current || !unsaved()) return;
    if (!autosave || conflict || queue.busy || Object.keys(validatePractice(t, valuesRef.current, lng)).length > 0) event.preventDefault();
  });
  useEffect(() => {
    const hide = () => onPageHide();
    const beforeUnload = (event: BeforeUnloadEvent) => onBeforeUnload(event);
    window.addEventListener('pagehide', hide);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);

  const showSummary = () => setSummaryAttempt((n) => n + 1);

  const saveNow = async () => {
    setBusy('save');
    const ok = await save();
    setBusy(null);
    if (!ok) showSummary();
    else setSummaryAttempt(0);
  };

  const publishChanges = async () => {
    setCheckPublication(true);
    setShowClientErrors(true);
    if (Object.keys({ ...clientErrors, ...publicationErrors }).length > 0) {
      setStatus({ kind: 'invalid', count: Object.keys({ ...clientErrors, ...publicationErrors }).length });
      return showSummary();
    }
    setBusy('publish');
    const ok = await save();
    setBusy(null);
    if (!ok) return showSummary();
    setSummaryAttempt(0);
    // The note belongs to this revision; the next edit starts without one.
    const next = { ...valuesRef.current, revisionNote: '' };
    valuesRef.current = next;
    setValues(next);
  };

  const submit = async () => {
    setMissing([]);
    setGeneral([]);
    setCheckPublication(true);
    setShowClientErrors(true);
    if (Object.keys({ ...clientErrors, ...publicationErrors }).length > 0) return showSummary();
    setBusy('submit');
    try {
      // Submit what the form shows: save first if anything is unsaved or still being saved.
      if ((unsaved() || queue.busy) && !(await save())) return showSummary();
      await client.mutate({ mutation: SUBMIT_PRACTICE_MUTATION, variables: { id: practice.id } });
      leaving.current = true;
      void navigate('/praxisbeispiele/meine', { state: { flash: 'practiceEditor.submit.done' } });
    } catch (error) {
      const failure = readEditorFailure(t, error);
      if (failure.stateConflict || failure.versionConflict) setConflict('state');
      setMissing(failure.missing);
      setServerErrors(failure.fields);
      setGeneral(failure.general);
      showSummary();
    } finally {
      setBusy(null);
    }
  };

  const deleteDraft = async () => {
    setGeneral([]);
    leaving.current = true;
    queue.stop();
    try {
      await client.mutate({ mutation: DELETE_PRACTICE_MUTATION, variables: { id: practice.id } });
      void navigate('/praxisbeispiele/meine', { state: { flash: 'practiceEditor.delete.done' } });
    } catch (error) {
      leaving.current = false;
      queue.resume();
      setGeneral(errorMessages(t, error, 'practiceEditor'));
      showSummary();
    }
  };

  const reload = async () => {
    setBusy('reload');
    leaving.current = true;
    try {
      await onReload();
    } catch (error) {
      leaving.current = false;
      setStatus({ kind: 'error', reason: errorMessages(t, error).join(' ') });
      setBusy(null);
    }
  };

  const saveMine = async () => {
    setBusy('resolve');
    try {
      const { data } = await client.query({ query: PRACTICE_EDITOR_QUERY, variables: { slug: practice.slug }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No answer');
      if (!data.practice.viewerCan.edit) {
        setConflict('state');
        return;
      }
      versionRef.current = data.practice.version;
      queue.resume();
      setConflict(null);
      if (!(await save())) showSummary();
    } catch (error) {
      setStatus({ kind: 'error', reason: errorMessages(t, error).join(' ') });
    } finally {
      setBusy(null);
    }
  };

  const stillMissing = missing.filter((s) => !filled(s, values));
  const summaryItems: ErrorSummaryItem[] = [
    ...stillMissing.map((s) => ({ message: sectionLabel(t, s), targetId: fieldDomId(MISSING_TARGET[s] ?? s) })),
    ...Object.entries(problems).map(([path, message]) => ({ message: `${fieldLabel(t, path)}: ${message}`, targetId: fieldDomId(path) })),
    ...general.map((message) => ({ message })),
  ];

  const time = (iso: string) => new Intl.DateTimeFormat(localeFor(lng), { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
  const statusText = (() => {
    switch (status.kind) {
      case 'idle':
        // Not announced (live regions announce changes only); says what to expect.
        return published ? t('practiceEditor.status.idlePublished') : t('practiceEditor.status.idleDraft');
      case 'saving':
        return t('practiceEditor.status.saving');
      case 'saved':
        return t('practiceEditor.status.saved', { time: time(status.at) });
      case 'published':
        return t('practiceEditor.status.published', { time: time(status.at) });
      case 'invalid':
        return t('practiceEditor.status.notSaved', { reason: t('practiceEditor.status.checkFields', { count: status.count }) });
      case 'error':
        return t('practiceEditor.status.notSaved', { reason: status.reason });
      case 'conflict':
        return t('practiceEditor.status.notSaved', { reason: t('practiceEditor.status.conflict') });
    }
  })();

  return (
    <>
      <p className="lead">
        {t('practiceEditor.editor.lead', { title: practice.title, municipality: practice.municipality.name })}
      </p>
      {autosave && practice.reviewComment && (
        <section className="notice notice-warning review-comment" aria-labelledby={`${id}-review`}>
          <h2 id={`${id}-review`}>{t('practiceEditor.editor.reviewCommentHeading')}</h2>
          <p className="pre-wrap">{practice.reviewComment}</p>
          <p>{t('practiceEditor.editor.reviewCommentHint')}</p>
        </section>
      )}
      <p>{published ? t('practiceEditor.editor.publishedIntro') : t('practiceEditor.editor.draftIntro')}</p>

      <div className="save-status">
        <p role="status" className={status.kind === 'error' || status.kind === 'invalid' || status.kind === 'conflict' ? 'save-status-problem' : undefined}>
          {statusText}
        </p>
        {conflict && <a href={`#${id}-conflict`}>{t('practiceEditor.conflict.jump')}</a>}
      </div>

      {conflict && (
        <div role="alert" className="notice notice-error conflict" id={`${id}-conflict`} tabIndex={-1}>
          <h2>{conflict === 'version' ? t('practiceEditor.conflict.heading') : t('practiceEditor.conflict.stateHeading')}</h2>
          <p>{conflict === 'version' ? t('practiceEditor.conflict.text') : t('practiceEditor.conflict.stateText')}</p>
          <div className="button-row">
            <button type="button" className="button-secondary" disabled={busy !== null} onClick={() => void reload()}>
              {t('practiceEditor.conflict.reload')}
            </button>
            {conflict === 'version' && (
              <button type="button" disabled={busy !== null} onClick={() => void saveMine()}>
                {busy === 'resolve' ? t('common.saving') : t('practiceEditor.conflict.saveMine')}
              </button>
            )}
          </div>
        </div>
      )}

      {summaryAttempt > 0 && summaryItems.length > 0 && (
        <ErrorSummary
          headingLevel={2}
          heading={stillMissing.length > 0 ? t('practiceEditor.submit.missingHeading') : undefined}
          items={summaryItems}
          focusKey={summaryAttempt}
        />
      )}

      <nav aria-label={t('practiceEditor.editor.tocLabel')} className="editor-toc">
        <ol>
          {FORM_SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${sectionDomId(s)}`}>{t(`practiceEditor.sections.${s}`)}</a>
            </li>
          ))}
          <li>
            <a href={`#${sectionDomId('attachments')}`}>{t('practiceEditor.sections.attachments')}</a>
          </li>
          {practice.viewerCan.submit && (
            <li>
              <a href={`#${sectionDomId('submit')}`}>{t('practiceEditor.submit.heading')}</a>
            </li>
          )}
        </ol>
      </nav>

      <form noValidate aria-label={t('practiceEditor.editor.formLabel')} className="practice-form" onSubmit={(e) => e.preventDefault()}>
        <PracticeFormSections values={values} update={update} errors={errors} practice={practice} topics={topics} myName={me.displayName} />
        {published ? (
          <div className="form-actions">
            <EditorField
              id={fieldDomId('revisionNote')}
              label={t('practiceEditor.fields.revisionNote')}
              hint={t('practiceEditor.publish.noteHint', { max: L.revisionNoteMax })}
              error={errors.revisionNote}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  maxLength={L.revisionNoteMax}
                  value={values.revisionNote}
                  onChange={(e) => update({ revisionNote: e.target.value })}
                />
              )}
            </EditorField>
            {/* type="button": Enter in a text field must not publish by accident. */}
            <button type="button" disabled={busy !== null || conflict !== null} onClick={() => void publishChanges()}>
              {busy === 'publish' ? t('practiceEditor.publish.publishing') : t('practiceEditor.publish.button')}
            </button>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button-secondary" disabled={busy !== null || conflict !== null} onClick={() => void saveNow()}>
              {busy === 'save' ? t('common.saving') : t('practiceEditor.editor.saveNow')}
            </button>
          </div>
        )}
      </form>

      <section id={sectionDomId('attachments')} tabIndex={-1} aria-labelledby={`${id}-attachments`} className="editor-section">
        <h2 id={`${id}-attachments`}>{t('practiceEditor.sections.attachments')}</h2>
        <AttachmentsSection practiceId={practice.id} attachments={practice.attachments} canManage={practice.viewerCan.manageAttachments} />
      </section>

      {practice.viewerCan.submit && (
        <section id={sectionDomId('submit')} tabIndex={-1} aria-labelledby={`${id}-submit`} className="editor-section">
          <h2 id={`${id}-submit`}>{t('practiceEditor.submit.heading')}</h2>
          <p>{t('practiceEditor.submit.intro')}</p>
          <button type="button" disabled={busy !== null || conflict !== null} onClick={() => void submit()}>
            {busy === 'submit' ? t('practiceEditor.submit.submitting') : t('practiceEditor.submit.button')}
          </button>
        </section>
      )}

      {published && (
        <p>
          <Link to={`/praxisbeispiele/${encodeURIComponent(practice.slug)}/versionen`}>{t('practiceEditor.editor.historyLink')}</Link>
        </p>
      )}

      {practice.viewerCan.delete && (
        <section aria-labelledby={`${id}-delete`} className="danger-zone">
          <h2 id={`${id}-delete`}>{t('practiceEditor.delete.heading')}</h2>
          <p>{t('practiceEditor.delete.intro')}</p>
          <ConfirmAction
            label={t('practiceEditor.delete.button')}
            heading={t('practiceEditor.delete.confirmHeading', { title: practice.title })}
            confirmLabel={t('practiceEditor.delete.confirm')}
            busyLabel={t('practiceEditor.delete.deleting')}
            onConfirm={deleteDraft}
            danger
          >
            <p>{t('practiceEditor.delete.confirmText')}</p>
          </ConfirmAction>
        </section>
      )}
    </>
  );
}
