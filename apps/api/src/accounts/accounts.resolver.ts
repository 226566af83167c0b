import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { clearSessionCookie, setSessionCookie } from '../core/auth/session-cookie.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { Me, SessionView } from './account.types.js';
import { AccountsService, type RequestMeta } from './accounts.service.js';
import {
  ChangeEmailInput,
  ChangePasswordInput,
  DeleteAccountInput,
  EmailInput,
  RegisterInput,
  ResetPasswordInput,
  SignInInput,
  TokenInput,
  UpdateProfileInput,
} from './dto/account.inputs.js';

const meta = (ctx: RequestContext): RequestMeta => ({ ip: ctx.req.ip ?? 'unknown', userAgent: ctx.req.headers['user-agent'] });

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => Me, { nullable: true, description: 'The signed-in person, or null for guests.' })
  me(@Context() ctx: RequestContext) {
    return this.accounts.me(ctx.viewer);
  }

  @Query(() => [SessionView], { description: 'My active sessions (devices where I am signed in).' })
  async mySessions(@Context() ctx: RequestContext): Promise<SessionView[]> {
    const sessions = await this.accounts.listSessions(ctx.viewer);
    return sessions.map((s) => ({
      id: s.id,
      userAgent: s.userAgent,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      current: s.id === ctx.viewer?.sessionId,
    }));
  }

  @Mutation(() => Boolean, { description: 'Sign up; a confirmation link is sent by e-mail. The answer never reveals whether the address was known.' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: RequestContext) {
    await this.accounts.register(input, meta(ctx));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Confirm an e-mail address from the link in the mail.' })
  async confirmEmail(@Args('input') input: TokenInput) {
    await this.accounts.confirmEmail(input.token);
    return true;
  }

  @Mutation(() => Me)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext) {
    const session = await this.accounts.signIn(input.email, input.password, meta(ctx));
    setSessionCookie(ctx.req, ctx.res, session.token, session.expiresAt);
    const viewer = await ctx.viewerFor(session.token);
    return this.accounts.me(viewer);
  }

  @Mutation(() => Boolean)
  async signOut(@Context() ctx: RequestContext) {
    await this.accounts.signOut(ctx.viewer);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Mutation(() => Boolean, { description: 'End all my sessions, this one included.' })
  async signOutEverywhere(@Context() ctx: RequestContext) {
    await this.accounts.signOutEverywhere(ctx.viewer);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Mutation(() => Boolean)
  async revokeSession(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    await this.accounts.revokeSession(ctx.viewer, id);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Send a password reset link. The answer is the same for unknown addresses.' })
  async requestPasswordReset(@Args('input') input: EmailInput, @Context() ctx: RequestContext) {
    await this.accounts.requestPasswordReset(input.email, meta(ctx));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Set a new password from a reset link; all sessions end.' })
  async resetPassword(@Args('input') input: ResetPasswordInput) {
    await this.accounts.resetPassword(input.token, input.password);
    return true;
  }

  @Mutation(() => Boolean)
  async changePassword(@Args('input') input: ChangePasswordInput, @Context() ctx: RequestContext) {
    await this.accounts.changePassword(ctx.viewer, input.currentPassword, input.newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Send a confirmation link to a new e-mail address.' })
  async requestEmailChange(@Args('input') input: ChangeEmailInput, @Context() ctx: RequestContext) {
    await this.accounts.requestEmailChange(ctx.viewer, input.newEmail, input.password);
    return true;
  }

  @Mutation(() => Me)
  updateProfile(@Args('input') input: UpdateProfileInput, @Context() ctx: RequestContext) {
    return this.accounts.updateProfile(ctx.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Erase my account and personal data.' })
  async deleteMyAccount(@Args('input') input: DeleteAccountInput, @Context() ctx: RequestContext) {
    await this.accounts.deleteAccount(ctx.viewer, input.password, input.deleteContributions);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }
}
