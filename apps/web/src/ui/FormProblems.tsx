import { useCallback, useState } from 'react';
import { ErrorSummary } from './ErrorSummary';
import { hasProblems, noProblems, type FormProblems } from './problems';

/** Problems of a form and a counter of failed attempts (the summary takes focus on each). */
export function useFormProblems<F extends string>() {
  const [problems, setProblems] = useState<FormProblems<F>>(noProblems);
  const [attempt, setAttempt] = useState(0);
  const report = useCallback((next: FormProblems<F>) => {
    setProblems(next);
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback(() => setProblems(noProblems()), []);
  return { problems, attempt, report, clear };
}

interface Props<F extends string> {
  problems: FormProblems<F>;
  attempt: number;
  /** Id of the control of a field, so the summary can link to it. */
  fieldId: (field: F) => string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** The ErrorSummary of a form: field problems linked to their controls, then the others. Renders nothing without problems. */
export function FormErrorSummary<F extends string>({ problems, attempt, fieldId, headingLevel }: Props<F>) {
  if (!hasProblems(problems)) return null;
  const fieldItems = (Object.entries(problems.fields) as [F, string | undefined][])
    .filter((entry): entry is [F, string] => Boolean(entry[1]))
    .map(([field, message]) => ({ message, targetId: fieldId(field) }));
  return (
    <ErrorSummary
      headingLevel={headingLevel}
      focusKey={attempt}
      items={[...fieldItems, ...problems.general.map((message) => ({ message }))]}
    />
  );
}
