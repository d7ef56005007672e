import { PAST_JUDGES, PAST_TEAMS } from './demo-past-edition.data.js';
import type { DemoAccount } from './demo-seed.js';

/** Who can sign in to the demo's past edition (demo-past-edition.data.ts): a team account per finalist, and the final's judges. */

export const DEMO_TEAM_PASSWORD = 'demo-team-pass';
export const DEMO_PAST_JUDGE_PASSWORD = 'demo-judge-pass-2026';

export interface DemoTeamAccount {
  countryCode: string;
  email: string;
  password: string;
  displayName: string;
  schoolName: string;
  /** the team's 2026 finalist entry */
  entryCode: string;
}

/** One student account per country, each the owner of its country's 2026 finalist entry. */
export const DEMO_TEAM_ACCOUNTS: DemoTeamAccount[] = PAST_TEAMS.map((t) => ({
  countryCode: t.countryCode,
  email: `team.${t.countryCode.toLowerCase()}@demo.clapper.local`,
  password: DEMO_TEAM_PASSWORD,
  displayName: t.members[0].fullName,
  schoolName: t.schoolName,
  entryCode: t.code,
}));

export interface DemoJudgeAccount {
  email: string;
  password: string;
  displayName: string;
  countryCode: string;
}

/** The panel of the 2026 final. */
export const DEMO_PAST_JUDGE_ACCOUNTS: DemoJudgeAccount[] = PAST_JUDGES.map((j, i) => ({
  email: `judge.final${i + 1}@demo.clapper.local`,
  password: DEMO_PAST_JUDGE_PASSWORD,
  displayName: j.displayName,
  countryCode: j.countryCode,
}));

/** For the start-up banner: one line for the teams and one for the judges of 2026. */
export const DEMO_PAST_BANNER_ACCOUNTS: DemoAccount[] = [
  {
    role: 'student',
    email: 'team.<cc>@demo.clapper.local',
    password: DEMO_TEAM_PASSWORD,
    scope: `2026 finalist teams, <cc> = ${PAST_TEAMS.map((t) => t.countryCode.toLowerCase()).join(', ')}`,
  },
  { role: 'judge', email: 'judge.final<n>@demo.clapper.local', password: DEMO_PAST_JUDGE_PASSWORD, scope: `2026 final, <n> = 1–${PAST_JUDGES.length}` },
];
