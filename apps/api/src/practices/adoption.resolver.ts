import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { renderMarkdown } from '@praxisforum/markdown';
import { type RequestContext } from '../core/graphql/request-context.js';
import { UuidPipe } from '../core/graphql/uuid.pipe.js';
import { Municipality, MunicipalityService, municipalityLoader } from '../municipalities/index.js';
import { AdoptionService } from './adoption.service.js';
import { AttachmentService } from './attachment.service.js';
import { RecordAdoptionInput, UpdateAdoptionInput } from './dto/practice.inputs.js';
import { practiceLoaders } from './practice.loaders.js';
import { canActFor } from './practice.policy.js';
import { PracticeRepository } from './practice.repository.js';
import { Adoption, Attachment, Practice } from './practice.types.js';

@Resolver(() => Adoption)
export class AdoptionResolver {
  constructor(
    private readonly service: AdoptionService,
    private readonly attachments: AttachmentService,
    private readonly repo: PracticeRepository,
    private readonly municipalities: MunicipalityService,
  ) {}

  @Mutation(() => Adoption, { description: 'Records that a municipality you coordinate adopted or adapted a published practice.' })
  recordAdoption(@Args('input') input: RecordAdoptionInput, @Context() ctx: RequestContext) {
    return this.service.record(ctx.viewer, input);
  }

  @Mutation(() => Adoption, { description: 'Updates an adoption, e.g. with the results achieved since.' })
  updateAdoption(@Args('input') input: UpdateAdoptionInput, @Context() ctx: RequestContext) {
    return this.service.update(ctx.viewer, input);
  }

  @Mutation(() => Boolean)
  deleteAdoption(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.service.delete(ctx.viewer, id);
  }

  @Mutation(() => Attachment, { description: 'Changes the alternative text of an attachment (required for images).' })
  updateAttachment(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('altText') altText: string, @Context() ctx: RequestContext) {
    return this.attachments.updateAltText(ctx.viewer, id, altText);
  }

  @Mutation(() => Boolean)
  deleteAttachment(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: RequestContext) {
    return this.attachments.remove(ctx.viewer, id);
  }

  @ResolveField(() => Municipality, { description: 'The adopting municipality.' })
  municipality(@Parent() a: Adoption, @Context() ctx: RequestContext) {
    return municipalityLoader(ctx, this.municipalities).load(a.municipalityId);
  }

  @ResolveField(() => Practice, { description: 'The practice that was adopted.' })
  practice(@Parent() a: Adoption, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).byId.load(a.practiceId);
  }

  @ResolveField(() => Boolean, { description: 'The viewer may edit or remove this adoption (coordinates the adopting municipality, or is an admin).' })
  viewerCanEdit(@Parent() a: Adoption, @Context() ctx: RequestContext) {
    return canActFor(ctx.viewer, a.municipalityId);
  }

  @ResolveField(() => String, { description: 'The changes as sanitized HTML; headings start at h5 (the text sits under the adoption’s h4).' })
  changesHtml(@Parent() a: Adoption) {
    return renderMarkdown(a.changes, { headingStart: 5 });
  }

  @ResolveField(() => String, { description: 'The results as sanitized HTML.' })
  resultsHtml(@Parent() a: Adoption) {
    return renderMarkdown(a.results, { headingStart: 5 });
  }
}

/** Adds what a municipality shared and adopted; lives here so municipalities need not know practices. */
@Resolver(() => Municipality)
export class MunicipalityPracticesResolver {
  constructor(private readonly repo: PracticeRepository) {}

  @ResolveField(() => [Practice], { description: 'Published practices this municipality shared, newest first.' })
  sharedPractices(@Parent() m: Municipality, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).sharedByMunicipality.load(m.id);
  }

  @ResolveField(() => [Adoption], { description: 'Published practices of others this municipality adopted.' })
  adoptions(@Parent() m: Municipality, @Context() ctx: RequestContext) {
    return practiceLoaders(ctx, this.repo).adoptionsByMunicipality.load(m.id);
  }
}
