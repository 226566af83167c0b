/** Today in Berlin as YYYY-MM-DD: a figure "as of today" in Germany must not count as future in UTC. */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** Fields of outcomes dated in the future, keyed like the validation errors (`outcomes.2.asOf`). */
export function futureOutcomeFields(outcomes: { asOf: string }[], today = todayInBerlin()): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  outcomes.forEach((o, i) => {
    if (o.asOf > today) fields[`outcomes.${i}.asOf`] = ['asOf cannot be in the future.'];
  });
  return fields;
}
