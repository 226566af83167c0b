import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountsService, Me } from '../accounts/index.js';
import { readSessionToken, setSessionCookie } from '../core/auth/session-cookie.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { AcceptInvitationInput, Invitation, InvitationPreview, InviteInput } from './invitation.types.js';
import { InvitationsService } from './invitations.service.js';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => [Invitation], { description: 'Invitations of a municipality (admins, and its coordinators).' })
  invitations(@Args('municipalitySlug') municipalitySlug: string, @Context() ctx: RequestContext) {
    return this.service.list(ctx.viewer, municipalitySlug);
  }

  @Query(() => InvitationPreview)
  invitationPreview(@Args('token') token: string) {
    return this.service.preview(token.slice(0, 200));
  }

  @Mutation(() => Invitation)
  inviteUser(@Args('input') input: InviteInput, @Context() ctx: RequestContext) {
    return this.service.invite(ctx.viewer, input);
  }

  @Mutation(() => Invitation)
  revokeInvitation(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.revoke(ctx.viewer, id);
  }

  @Mutation(() => Me, { description: 'Accept an invitation: creates the account (and signs in) or upgrades the signed-in one.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: RequestContext) {
    const { session } = await this.service.accept(ctx.viewer, input, ctx.req.headers['user-agent']);
    if (session) setSessionCookie(ctx.req, ctx.res, session.token, session.expiresAt);
    // Memberships changed: read the viewer again so the returned abilities are current.
    return this.accounts.me(await ctx.viewerFor(session?.token ?? readSessionToken(ctx.req) ?? ''));
  }
}
