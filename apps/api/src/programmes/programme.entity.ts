import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'A funding programme (Förderprogramm) with its cohort of municipalities.' })
@Entity('programme')
export class Programme {
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
  @Column({ type: 'varchar', nullable: true })
  framework: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the programme was announced.' })
  @Column({ name: 'announced_on', type: 'date', nullable: true })
  announcedOn: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'funding_per_site_eur_max', type: 'integer', nullable: true })
  fundingPerSiteEurMax: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'implemented_by', type: 'varchar', nullable: true })
  implementedBy: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  goals: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
