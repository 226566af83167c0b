import { buildViewer } from '../../test/factories/viewer.factory.js';
import { authorizePractice, practiceAbilities, type PracticeSubject } from './practice.policy.js';

const viewer = buildViewer;
const practice = (state: PracticeSubject['state'], publishedAt: string | null = null): PracticeSubject => ({ municipalityId: 'A', state, publishedAt });
const coordinatorA = viewer({ coordinatorOf: ['A'], memberOf: ['A'] });
const coordinatorB = viewer({ coordinatorOf: ['B'], memberOf: ['B'] });
const moderator = viewer({ role: 'moderator' });
const admin = viewer({ role: 'admin' });

describe('practice policy', () => {
  it('shows published practices to everyone and the others only to their coordinators and staff', () => {
    expect(() => authorizePractice(null, 'view', practice('draft'))).toThrow('Please sign in first.');
    for (const state of ['draft', 'in_review', 'archived'] as const) {
      expect(authorizePractice(coordinatorA, 'view', practice(state))).toBe(coordinatorA);
      expect(() => authorizePractice(coordinatorB, 'view', practice(state))).toThrow('not allowed');
      expect(authorizePractice(moderator, 'view', practice(state))).toBe(moderator);
    }
  });

  it('lets only moderators and admins review, and only practices in review', () => {
    expect(() => authorizePractice(coordinatorA, 'review', practice('in_review'))).toThrow('not allowed');
    expect(authorizePractice(moderator, 'review', practice('in_review'))).toBe(moderator);
    expect(() => authorizePractice(admin, 'review', practice('draft'))).toThrow('Only practices in review');
  });

  it('says CONFLICT, not FORBIDDEN, when the right is there but the state is wrong', () => {
    try {
      authorizePractice(coordinatorA, 'edit', practice('in_review'));
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as { code: string }).code).toBe('CONFLICT');
    }
  });

  it('deletes only drafts that were never published', () => {
    expect(practiceAbilities(coordinatorA, practice('draft')).delete).toBe(true);
    expect(practiceAbilities(coordinatorA, practice('draft', '2025-01-01T00:00:00Z')).delete).toBe(false);
  });

  it('offers adoption to coordinators of other municipalities only', () => {
    expect(practiceAbilities(coordinatorB, practice('published')).adopt).toBe(true);
    expect(practiceAbilities(coordinatorA, practice('published')).adopt).toBe(false);
    expect(practiceAbilities(viewer(), practice('published')).adopt).toBe(false);
    expect(practiceAbilities(coordinatorB, practice('draft')).adopt).toBe(false);
  });
});
