import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserRoleEnum } from '../accounts/index.js';
import { type UserRole } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { AdminUser, AdminUserConnection, BlockUserInput, SetMembershipInput, UsersArgs } from './user-admin.types.js';
import { UserAdminService } from './user-admin.service.js';

@Resolver(() => AdminUser)
export class UserAdminResolver {
  constructor(private readonly service: UserAdminService) {}

  @Query(() => AdminUserConnection, { description: 'Accounts, newest first (admins).' })
  users(@Args() args: UsersArgs, @Context() ctx: RequestContext) {
    return this.service.list(ctx.viewer, args);
  }

  @Mutation(() => AdminUser)
  setUserRole(
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('role', { type: () => UserRoleEnum }) role: UserRole,
    @Context() ctx: RequestContext,
  ) {
    return this.service.setRole(ctx.viewer, userId, role);
  }

  @Mutation(() => AdminUser, { description: 'Add, change or (role null) remove a municipality membership.' })
  setMembership(@Args('input') input: SetMembershipInput, @Context() ctx: RequestContext) {
    return this.service.setMembership(ctx.viewer, input);
  }

  @Mutation(() => AdminUser)
  blockUser(@Args('input') input: BlockUserInput, @Context() ctx: RequestContext) {
    return this.service.block(ctx.viewer, input.userId, input.reason);
  }

  @Mutation(() => AdminUser)
  unblockUser(@Args('userId', { type: () => ID }, UuidPipe) userId: string, @Context() ctx: RequestContext) {
    return this.service.unblock(ctx.viewer, userId);
  }
}
