import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A field of action (Handlungsfeld), shared by practices and discussions.' })
@Entity('topic')
export class Topic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar' })
  slug: string;

  @Field()
  @Column({ name: 'name_de', type: 'varchar' })
  nameDe: string;

  @Field()
  @Column({ name: 'name_en', type: 'varchar' })
  nameEn: string;

  /** Curated display order. */
  @Column({ type: 'integer' })
  position: number;
}
