export type Outcome = { ok: boolean; text: string } | null;

/**
 * The result of an action that has no form of its own (a button in a list or card): a success in a
 * live region that is always rendered, so it is announced when it appears, and a failure as an alert.
 */
export function ActionOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <div role="status" className={outcome?.ok ? 'notice notice-success' : undefined}>
        {outcome?.ok && <p>{outcome.text}</p>}
      </div>
      {outcome && !outcome.ok && (
        <div role="alert" className="notice notice-error">
          <p>{outcome.text}</p>
        </div>
      )}
    </>
  );
}
