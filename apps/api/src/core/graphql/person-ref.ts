import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A person as other people see them: id and display name only. Shared by every feature that shows authors. */
@ObjectType({ description: 'A person as others see them; a null PersonRef stands for a deleted account.' })
export class PersonRef {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** Null for a missing or erased account, so clients show "deleted account" instead of a stale name. */
export function personRef(id: string | null, displayName: string | null, deletedAt: Date | string | null): PersonRef | null {
  if (!id || displayName === null || deletedAt) return null;
  return { id, displayName };
}
