import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Country } from '../countries/country.entity.js';

@Entity('schools')
@Index('uq_schools_country_name', ['countryCode', 'nameKey'], { unique: true })
export class School {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** lower-cased, space-collapsed name, so "St. Mary's" and "st. mary's " are one school */
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code' })
  country?: Relation<Country>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
