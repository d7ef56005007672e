import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One signed-in, email-verified voter's choice in one category of a competition; they may change it inside the window. */
@Entity('audience_votes')
@Index('uq_audience_votes', ['competitionId', 'categoryId', 'userId'], { unique: true })
@Index('ix_audience_votes_entry', ['entryId'])
export class AudienceVote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @Column({ type: 'uuid' })
  categoryId: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
