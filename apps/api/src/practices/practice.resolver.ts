import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PRACTICE_STATES, type PracticeState } from '@praxisforum/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '../core/graphql/pagination.js';
import { type RequestContext } from '../core/graphql/request-context.js';
import { asksForField } from '../core/graphql/selection.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { Municipality, MunicipalityService, municipalityLoader } from '../municipalities/index.js';
import { Topic } from '../topics/topic.entity.js';
import { AttachmentStore } from './attachment.store.js';
import { publicContact } from './contact.js';
import { CreatePracticeInput, PracticesArgs, ReturnPracticeInput, UpdatePracticeInput } from './dto/practice.inputs.js';
import { practiceLoaders } from './practice.loaders.js';
import { PracticeStateEnum } from './practice.enums.js';
import { practiceAbilities } from './practice.policy.js';
import { PracticeRepository } from './practice.repository.js';
import { PracticeService } from './practice.service.js';
import { SECTIONS } from './sections-html.js';
import {
  Adoption,
  Attachment,
  ContactDraft,
  Practice,
  PracticeAbilities,
  PracticeContact,
  PracticeRevision,
  RevisionDiff,
} from './practice.types.js';

export const PracticeConnection = ConnectionType(Practice, 'Practice');

@ArgsType()
class ManagedPracticesArgs extends PageArgs {
  @Field(() => PracticeStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRACTICE_STATES)
  state?: PracticeState;
}

@Resolver(() => Practice)
export class PracticeResolver {
  constructor(
    private readonly service: PracticeService,
    private readonly repo: PracticeRepository,
    private readonly municipalities: MunicipalityService,
    private readonly files: AttachmentStore,
  ) {}

  @Query(() => PracticeConnection, { description: 'Published practices, filtered and sorted, as a cursor connection.' })
  practices(@Args() { filter, sort, first, after }: PracticesArgs, @Info() info: GraphQLResolveInfo) {
    // A list that shows no section leaves their Markdown sources in the database.
    return this.service.list(filter, sort, first, after, { sources: SECTIONS.some((section) => asksForField(info, section)) });
  }

  @Query(() => Practice, { description: 'One practice by slug. Drafts, practices in review and archived ones only for their coordinators and moderators; NOT_FOUND otherwise.' })
  practice(@Args('slug') slug: string, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    // Its relations come preloaded (practice.preloaded, answered without their resolvers); the
    // sections' Markdown sources are read only when asked for (an edit form, not a page).
    return this.service.getBySlug(ctx.viewer, slug, { sources: asksForField(info, 'markdown') });
  }

  @Query(() => PracticeConnection, { description: 'Practices of the municipalities the viewer coordinates (admins: all), every state, recently changed first.' })
  managedPractices(@Args() { state, first, after }: ManagedPracticesArgs, @Context() ctx: RequestContext) {
    return this.service.listManaged(ctx.viewer, state, first, after);
  }

  @Query(() => PracticeConnection, { description: 'Practices waiting for review, longest waiting first (moderators and admins).' })
  practiceReviewQueue(@Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    return this.service.reviewQueue(ctx.viewer, first, after);
  }

  @Query(() => [Practice], { description: '2 to 4 practices side by side, in the order given.' })
  comparePractices(@Args('slugs', { type: () => [String] }) slugs: string[], @Context() ctx: RequestContext) {
    return this.service.compare(ctx.viewer, slugs);
  }

  @Query(() => RevisionDiff, { description: 'What changed between two revisions of a practice.' })
  practiceRevisionDiff(
    @Args('slug') slug: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
    @Context() ctx: RequestContext,
  ) {
    return this.service.revisionDiff(ctx.viewer, slug, from, to);
  }

  @Mutation(() => Practice, { description: 'Starts a draft for a municipality you coordinate.' })
  createPractice(@Args('input') input: CreatePracticeInput, @Context() ctx: RequestContext) {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => Practice, { description: 'Saves all fields; CONFLICT if someone else saved since `version`.' })
  updatePractice(@Args('input') input: UpdatePracticeInput, @Context() ctx: RequestContext) {
    return this.service.update(ctx.viewer, input);
  }

  @Mutation(() => Practice, { description: 'Draft → in review. BAD_USER_INPUT lists missing sections in extensions.missing.' })
  submitPractice(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.submit(ctx.viewer, id);
  }

  @Mutation(() => Practice, { description: 'In review → published (moderators and admins).' })
  publishPractice(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.publish(ctx.viewer, id);
  }

  @Mutation(() => Practice, { description: 'In review → draft, with the reviewer’s comment (moderators and admins).' })
  returnPracticeToDraft(@Args('input') input: ReturnPracticeInput, @Context() ctx: RequestContext) {
    return this.service.returnToDraft(ctx.viewer, input.id, input.comment);
  }

  @Mutation(() => Practice, { description: 'Published → archived (its coordinators, moderators, admins).' })
  archivePractice(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.archive(ctx.viewer, id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft that was never published, with its attachments.' })
  async deletePractice(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    const keys = await this.service.delete(ctx.viewer, id);
    await this.files.removeAll(keys);
    return true;
  }

  @Mutation(() => Practice)
  followPractice(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.setFollow(ctx.viewer, id, true);
  }

  @Mutation(() => Practice)
  unfollowPractice(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.setFollow(ctx.viewer, id, false);
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return municipalityLoader(ctx, this.municipalities).load(p.municipalityId);
  }

  @ResolveField(() => [Municipality])
  async partnerMunicipalities(@Parent() p: Practice, @Context() ctx: RequestContext) {
    const ids = await practiceLoaders(ctx, this.repo).partnerIds.load(p.id);
    const found = await municipalityLoader(ctx, this.municipalities).loadMany(ids);
    return found.filter((m): m is Municipality => !!m && !(m instanceof Error)).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  @ResolveField(() => [Topic])
  topics(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).topics.load(p.id);
  }

  @ResolveField(() => [Attachment])
  attachments(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).attachments.load(p.id);
  }

  @ResolveField(() => [Adoption], { description: 'Municipalities that adopted this practice, most recent first.' })
  adoptions(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).adoptions.load(p.id);
  }

  @ResolveField(() => [PracticeRevision], { description: 'Published versions, newest first.' })
  revisions(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).revisions.load(p.id);
  }

  @ResolveField(() => Boolean, { description: 'Has measurable outcomes.' })
  hasFigures(@Parent() p: Practice) {
    return p.outcomes.length > 0;
  }

  @ResolveField(() => Int, { description: 'How many published versions are kept.' })
  async revisionCount(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return (await practiceLoaders(ctx, this.repo).revisions.load(p.id)).length;
  }

  @ResolveField(() => PracticeAbilities)
  viewerCan(@Parent() p: Practice, @Context() ctx: RequestContext): PracticeAbilities {
    return practiceAbilities(ctx.viewer, p);
  }

  @ResolveField(() => Boolean, { description: 'The viewer follows this practice.' })
  viewerFollows(@Parent() p: Practice, @Context() ctx: RequestContext) {
    return ctx.viewer ? practiceLoaders(ctx, this.repo).followed.load(p.id) : false;
  }

  @ResolveField(() => PracticeContact, { nullable: true, description: 'Shown only with the contact person’s consent.' })
  contact(@Parent() p: Practice): PracticeContact | null {
    return publicContact(p);
  }

  @ResolveField(() => ContactDraft, { nullable: true, description: 'The contact fields as stored, for those who may edit the practice.' })
  contactDraft(@Parent() p: Practice, @Context() ctx: RequestContext): ContactDraft | null {
    const v = ctx.viewer;
    if (!v || !(v.role !== 'member' || v.coordinatorOf.includes(p.municipalityId))) return null;
    return { userId: p.contactUserId, userName: p.contactUserName, name: p.contactName, email: p.contactEmail, consent: p.contactConsent };
  }
}
