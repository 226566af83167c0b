import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { type MunicipalityKind, type Region } from '@praxisforum/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MunicipalityKindEnum, RegionEnum } from './municipality.enums.js';

@ObjectType({ description: 'A town, municipality, district or association (Kommune).' })
@Entity('municipality')
export class Municipality {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar' })
  slug: string;

  @Field()
  @Column({ type: 'varchar' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'official_name', type: 'varchar', nullable: true })
  officialName: string | null;

  @Field(() => MunicipalityKindEnum)
  @Column({ type: 'varchar' })
  kind: MunicipalityKind;

  @Field(() => RegionEnum)
  @Column({ type: 'varchar' })
  region: Region;

  @Field(() => String, { nullable: true, description: 'The district (Landkreis) a town belongs to.' })
  @Column({ type: 'varchar', nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true, description: 'Seat of a district or association.' })
  @Column({ type: 'varchar', nullable: true })
  seat: string | null;

  @Field(() => [String], { description: 'Member towns of an association or joint project.' })
  @Column({ type: 'text', array: true })
  members: string[];

  @Field(() => Float, { nullable: true, description: 'Approximate centre, for maps.' })
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
