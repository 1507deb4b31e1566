// Party members for tests: valid 公民身份号码 made on the fly (GB 11643 check character), one per call.
import { idCheckChar } from '../../src-main/core/lib/idcard'
import type { ChannelInput } from '../../src-main/shared/contract'
import type { Gender } from '../../src-main/shared/enums'
import type { Caller } from './helpers'

let sequence = 0

/** A valid ID number for a birth date and gender: area 370602, a running sequence (odd male, even female). */
export function idNumberFor(birthDate: string, gender: Gender): string {
  sequence = (sequence + 1) % 499
  const seq = sequence * 2 + (gender === 'male' ? 1 : 0)
  const first17 = `370602${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

export function partyMemberDraft(
  name: string,
  overrides: Partial<ChannelInput<'member.create'>> = {},
): ChannelInput<'member.create'> {
  const gender = overrides.gender ?? 'male'
  const birthDate = overrides.birthDate ?? '1985-05-20'
  return {
    name,
    gender,
    birthDate,
    idNumber: idNumberFor(birthDate, gender),
    category: 'full',
    relation: 'formal',
    joinedOn: '2010-07-01',
    entryDate: '2020-01-01',
    ...overrides,
  }
}

/** Registers members by name (正式党员 on the roster from 2020-01-01 unless told otherwise); returns their ids. */
export async function addMembers(
  caller: Caller,
  names: string[],
  overrides: Partial<ChannelInput<'member.create'>> = {},
): Promise<number[]> {
  const ids: number[] = []
  for (const name of names) ids.push((await caller.ok('member.create', partyMemberDraft(name, overrides))).id)
  return ids
}
