import type { InvitationPreviewQuery, MeFieldsFragment, MySessionsQuery } from '../../../graphql/generated';

/** The signed-in person as every operation returning `Me` selects it (fragment `MeFields`). */
export type Me = MeFieldsFragment;
export type Abilities = Me['abilities'];
export type Session = MySessionsQuery['mySessions'][number];
export type InvitationPreview = InvitationPreviewQuery['invitationPreview'];
