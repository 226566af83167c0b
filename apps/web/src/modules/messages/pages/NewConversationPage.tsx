import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { TextField } from '../../../ui/FormField';
import { FormErrorSummary, useFormProblems } from '../../../ui/FormProblems';
import { PageHeading } from '../../../ui/PageHeading';
import { problemsFromError } from '../../../ui/problems';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RequireSignIn } from '../../account/components/RequireSignIn';
import { ComposerField } from '../../discussions/components/ComposerField';
import { START_CONVERSATION_MUTATION } from '../graphql/messages.graphql';
import '../../discussions/discussions.css';

type Field = 'subject' | 'body';

/** `/nachrichten/neu?praxis=<id>` (to a practice's contact person) or `?an=<user id>`: a first message. */
export default function NewConversationPage() {
  const { t } = useTranslation();
  usePageTitle(t('messages.new.title'));
  return (
    <>
      <PageHeading>{t('messages.new.title')}</PageHeading>
      <RequireSignIn>{() => <NewConversationForm />}</RequireSignIn>
    </>
  );
}

function NewConversationForm() {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = (f: Field) => `${id}-${f}`;
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const practiceId = params.get('praxis');
  const recipientId = params.get('an');
  const state = location.state as { practiceTitle?: unknown; recipientName?: unknown } | null;
  const [subject, setSubject] = useState(typeof state?.practiceTitle === 'string' ? state.practiceTitle : '');
  const [body, setBody] = useState('');
  const { problems, attempt, report } = useFormProblems<Field>();
  const [start, { loading }] = useMutation(START_CONVERSATION_MUTATION);
  // A contact person without an account gets the first message by e-mail: there is no conversation to open.
  const [sentByMail, setSentByMail] = useState(false);

  if (!practiceId && !recipientId) return <p className="notice notice-warning">{t('messages.new.noRecipient')}</p>;
  if (sentByMail)
    return (
      <p className="notice" role="status">
        {t('messages.new.sentByMail')}
      </p>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const length = [...body.trim()].length;
    if (length < DISCUSSION_LIMITS.messageMin || length > DISCUSSION_LIMITS.messageMax) {
      const message = length < DISCUSSION_LIMITS.messageMin ? t('messages.new.bodyRequired') : t('discussions.composer.tooLong', { max: DISCUSSION_LIMITS.messageMax });
      report({ fields: { body: message }, general: [] });
      return;
    }
    try {
      const { data } = await start({
        variables: { input: { practiceId, recipientId, subject: subject.trim() || null, body } },
        update: (cache) => cache.evict({ fieldName: 'conversations' }),
      });
      if (data?.startConversation) await navigate(`/nachrichten/${encodeURIComponent(data.startConversation.id)}`);
      else if (data) setSentByMail(true);
    } catch (error) {
      report(problemsFromError(t, error, { fields: ['subject', 'body'], context: 'messages' }));
    }
  };

  const to = practiceId
    ? t('messages.new.toPractice', { title: typeof state?.practiceTitle === 'string' ? state.practiceTitle : t('messages.new.thisPractice') })
    : t('messages.new.toPerson', { name: typeof state?.recipientName === 'string' ? state.recipientName : t('messages.new.thisPerson') });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>{to}</p>
      <FormErrorSummary problems={problems} attempt={attempt} fieldId={fieldId} headingLevel={2} />
      <TextField
        id={fieldId('subject')}
        label={t('messages.new.subject')}
        error={problems.fields.subject}
        maxLength={DISCUSSION_LIMITS.conversationSubjectMax}
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
      />
      <ComposerField
        id={fieldId('body')}
        label={t('messages.new.body')}
        value={body}
        onChange={setBody}
        error={problems.fields.body}
        max={DISCUSSION_LIMITS.messageMax}
        mentions={false}
      />
      <button type="submit" disabled={loading} aria-busy={loading}>
        {loading ? t('common.sending') : t('messages.send')}
      </button>
    </form>
  );
}
