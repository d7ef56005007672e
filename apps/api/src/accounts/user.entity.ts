import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Country } from '../countries/country.entity.js';
import { School } from './school.entity.js';
import { RoleGrant } from './role-grant.entity.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** stored lower-cased */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'country_code' })
  country?: Relation<Country> | null;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'school_id' })
  school?: Relation<School> | null;

  /** preferred interface language */
  @Column({ type: 'varchar', length: 10, default: 'en' })
  locale: string;

  @OneToMany(() => RoleGrant, (g) => g.user)
  grants?: Relation<RoleGrant>[];

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** the user followed the link mailed to their address (needed to vote in an audience choice) */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** SHA-256 of the pending email verification link's token */
  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  emailVerificationTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerificationExpiresAt: Date | null;

  /** SHA-256 of the pending password reset link's token */
  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  passwordResetTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordResetExpiresAt: Date | null;

  /** a self sign-up whose address is not confirmed yet: it cannot sign in until the mailed link is opened */
  @Column({ type: 'boolean', default: false })
  signUpPending: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
