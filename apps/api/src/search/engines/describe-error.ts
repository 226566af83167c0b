/**
 * One line for logs and health: an error and its causes (the client wraps fetch's error, which
 * wraps e.g. ECONNREFUSED). Duck-typed: errors from fetch come from another realm under Jest's VM
 * modules, where `instanceof Error` fails. No key is in any of the messages.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    if (typeof current !== 'object' || !('message' in current)) {
      parts.push(typeof current === 'string' ? current : JSON.stringify(current) ?? typeof current);
      break;
    }
    const { name, message } = current as { name?: unknown; message?: unknown };
    parts.push(depth === 0 && typeof name === 'string' ? `${name}: ${String(message)}` : String(message));
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(': ');
}
