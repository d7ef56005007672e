import { describe, expect, it } from 'vitest';
import { hasPrefix, queryKeys } from './query-keys';

describe('queryKeys', () => {
  it('puts a competition by id, by slug, its licence and the list under the key an edit marks stale', () => {
    for (const key of [
      queryKeys.competitions.one('5f0c8a7e'),
      queryKeys.competitions.one('thai-cup'),
      queryKeys.competitions.licence('5f0c8a7e'),
      queryKeys.competitions.list(),
    ])
      expect(hasPrefix(key, queryKeys.competitions.all())).toBe(true);
    expect(hasPrefix(queryKeys.voting.ballot('5f0c8a7e'), queryKeys.competitions.all())).toBe(false);
  });

  it("puts an entry's video, subtitles and consent forms under the entry, apart from the entry lists", () => {
    const entry = queryKeys.entries.one('e1');
    expect(
      [queryKeys.entries.video('e1'), queryKeys.entries.subtitles('e1'), queryKeys.entries.consentForm('e1', 'c1')].every((k) => hasPrefix(k, entry)),
    ).toBe(true);
    expect(hasPrefix(queryKeys.entries.list('TH'), entry)).toBe(false);
    expect(hasPrefix(queryKeys.entries.list(), queryKeys.entries.lists())).toBe(true);
  });

  it('keeps the account apart from everything a sign-in forgets', () => {
    expect(hasPrefix(queryKeys.auth.me(), queryKeys.auth.all())).toBe(true);
    expect(hasPrefix(queryKeys.countries.list(), queryKeys.auth.all())).toBe(false);
  });

  it('gives a round scope to everything about one round and none to another round', () => {
    const scope = queryKeys.rounds.scope('r1');
    const keys = [queryKeys.rounds.settings('r1'), queryKeys.rounds.panel('r1'), queryKeys.rounds.notes('r1', 're1'), queryKeys.rounds.judgeStats('r1')];
    expect(keys.every((k) => hasPrefix(k, scope))).toBe(true);
    expect(hasPrefix(queryKeys.rounds.settings('r2'), scope)).toBe(false);
  });
});
