import { buildViewer } from '../../test/factories/viewer.factory.js';
import { authorizeAuditLog, authorizeModeration, mayActOnUser } from './moderation.policy.js';

describe('moderation policy', () => {
  const member = buildViewer({ id: 'm', role: 'member' });
  const moderator = buildViewer({ id: 'mod', role: 'moderator' });
  const admin = buildViewer({ id: 'a', role: 'admin' });

  it('lets moderators and admins moderate, refuses members and guests', () => {
    expect(authorizeModeration(moderator)).toBe(moderator);
    expect(authorizeModeration(admin)).toBe(admin);
    expect(() => authorizeModeration(member)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeModeration(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('shows the audit log to admins only', () => {
    expect(authorizeAuditLog(admin)).toBe(admin);
    expect(() => authorizeAuditLog(moderator)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeAuditLog(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('lets moderators warn and block members but not staff or themselves; admins anyone but themselves', () => {
    expect(mayActOnUser(moderator, { id: 'x', role: 'member' })).toBe(true);
    expect(mayActOnUser(moderator, { id: 'y', role: 'moderator' })).toBe(false);
    expect(mayActOnUser(moderator, { id: 'z', role: 'admin' })).toBe(false);
    expect(mayActOnUser(moderator, { id: 'mod', role: 'moderator' })).toBe(false);
    expect(mayActOnUser(admin, { id: 'y', role: 'moderator' })).toBe(true);
    expect(mayActOnUser(admin, { id: 'a', role: 'admin' })).toBe(false);
  });
});
