import { buildViewer } from '../../../test/factories/viewer.factory.js';
import { DomainError } from '../errors/domain-error.js';
import { authorize, can } from './policy.js';

const viewer = buildViewer;

describe('policy', () => {
  const weinheim = { municipalityId: 'weinheim' };
  const pforzheim = { municipalityId: 'pforzheim' };

  it('lets a coordinator invite for their own municipality only', () => {
    const coordinator = viewer({ coordinatorOf: ['weinheim'], memberOf: ['weinheim'] });
    expect(can(coordinator, 'municipality:invite', weinheim)).toBe(true);
    expect(can(coordinator, 'municipality:invite', pforzheim)).toBe(false);
  });

  it('does not treat membership as coordination', () => {
    expect(can(viewer({ memberOf: ['weinheim'] }), 'municipality:manage', weinheim)).toBe(false);
  });

  it('gives admins every right and moderators moderation only', () => {
    const admin = viewer({ role: 'admin' });
    const moderator = viewer({ role: 'moderator' });
    expect(can(admin, 'municipality:manage', pforzheim)).toBe(true);
    expect(can(admin, 'users:administer')).toBe(true);
    expect(can(moderator, 'moderate')).toBe(true);
    expect(can(moderator, 'users:administer')).toBe(false);
    expect(can(viewer({}), 'moderate')).toBe(false);
  });

  it('answers guests with UNAUTHENTICATED and the unentitled with FORBIDDEN', () => {
    expect(() => authorize(null, 'account:manage')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }) as DomainError);
    expect(() => authorize(viewer({}), 'users:administer')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }) as DomainError);
    expect(authorize(viewer({ role: 'admin' }), 'users:administer').role).toBe('admin');
  });
});
