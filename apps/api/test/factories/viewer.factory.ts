import { type Viewer } from '../../src/core/auth/viewer.js';

/** A viewer as the session would resolve it, for policy unit tests (no database). */
export const buildViewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  id: 'u',
  sessionId: 's',
  email: 'x@example.org',
  displayName: 'X',
  role: 'member',
  locale: 'de',
  coordinatorOf: [],
  memberOf: [],
  ...overrides,
});
