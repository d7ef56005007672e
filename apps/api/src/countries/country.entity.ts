import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('countries')
export class Country {
  /** ISO 3166-1 alpha-2 */
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  /** language code -> name */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
