// Rules of 会议记录 that the core applies and the form shows before saving: one definition for both
// (domain.md §4). 预备党员 do not vote. A 党员大会 may vote when present voting members are more than half of the
// expected voting members; a 支委会 needs at least half of the committee present. A resolution passes when its
// yes votes are more than half of the EXPECTED voting members: exactly half fails.
import type { ResolutionOutcome, VotingBody } from './entities'
import { MEETING_KINDS, type MeetingKind } from './enums'

export type { ResolutionOutcome, VotingBody }

/** The kinds as a bit mask, in the order of MEETING_KINDS (1, 2, 4 …): one meeting may count as several kinds. */
export function kindMask(kinds: readonly MeetingKind[]): number {
  return MEETING_KINDS.reduce((mask, kind, i) => (kinds.includes(kind) ? mask | (1 << i) : mask), 0)
}

export function kindsOf(mask: number): MeetingKind[] {
  return MEETING_KINDS.filter((_kind, i) => (mask & (1 << i)) !== 0)
}

export const kindBit = (kind: MeetingKind): number => 1 << MEETING_KINDS.indexOf(kind)

/**
 * Who votes and by which quorum rule: a 支委会 alone (its expected list is the committee) by the committee's; any
 * other meeting (a 党员大会, or one that records a resolution) like an assembly of those expected.
 */
export function votingBody(kinds: readonly MeetingKind[]): VotingBody {
  return kinds.length === 1 && kinds[0] === 'committee' ? 'committee' : 'assembly'
}

export interface AttendanceCounts {
  /** 应到 */
  expected: number
  /** 实到 */
  present: number
  /** 正式党员 among those expected: the members with a vote. */
  votingExpected: number
  /** 正式党员 present. */
  votingPresent: number
}

/** Whether the meeting may vote: assembly `present voting > ½ expected voting`, committee `present ≥ ½ expected`. */
export function quorumMet(body: VotingBody, counts: AttendanceCounts): boolean {
  if (counts.votingExpected === 0) return false
  return body === 'committee'
    ? counts.present * 2 >= counts.expected
    : counts.votingPresent * 2 > counts.votingExpected
}

/** The fewest yes votes that pass a resolution: more than half of the expected voting members. */
export const yesNeeded = (votingExpected: number): number => Math.floor(votingExpected / 2) + 1

export interface Votes {
  yes: number
  no: number
  abstain: number
}

export function judgeResolution(body: VotingBody, counts: AttendanceCounts, votes: Votes): ResolutionOutcome {
  if (votes.yes + votes.no + votes.abstain > counts.votingPresent) return 'invalid'
  if (!quorumMet(body, counts)) return 'no_quorum'
  return votes.yes >= yesNeeded(counts.votingExpected) ? 'passed' : 'failed'
}
