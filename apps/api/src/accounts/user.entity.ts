import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type UserRole } from '../core/auth/viewer.js';

/** An account. Erased accounts keep their row (contributions point at it) without personal data. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'display_name', type: 'varchar' })
  displayName: string;

  @Column({ type: 'varchar' })
  role: UserRole;

  @Column({ type: 'varchar' })
  locale: 'de' | 'en';

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ name: 'affiliation_text', type: 'varchar', nullable: true })
  affiliationText: string | null;

  @Column({ name: 'affiliation_municipality_id', type: 'uuid', nullable: true })
  affiliationMunicipalityId: string | null;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ name: 'allow_contact', type: 'boolean' })
  allowContact: boolean;

  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  @Column({ name: 'blocked_reason', type: 'varchar', nullable: true })
  blockedReason: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
