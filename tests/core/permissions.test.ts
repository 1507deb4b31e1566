// The access matrix: every channel against every role, plus a caller without a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../src-main/shared/channels'
import { ROLES, type Role } from '../../src-main/shared/enums'
import type { Result } from '../../src-main/shared/errors'
import { channelPermissions } from '../../src-main/core/app'
import { ROLE_PERMISSIONS } from '../../src-main/core/auth/roles'
import { freshBase, orgDraft, type Caller, type TestBase } from './helpers'

type Access = 'public' | 'session' | Role[]

/**
 * Who may call each channel. Written out by hand on purpose: a new channel, or a changed permission, must be
 * added here too, or this file fails.
 */
const EXPECTED: Record<Channel, Access> = {
  'auth.status': 'public',
  'auth.login': 'public',
  'auth.logout': 'session',
  'auth.lock': 'session',
  'auth.unlock': 'session',
  'auth.touch': 'session',
  'account.changePassword': 'session',
  'account.list': ['admin'],
  'account.create': ['admin'],
  'account.update': ['admin'],
  'account.resetPassword': ['admin'],
  'system.status': 'session',
  'system.setup': 'public',
  'system.updateBase': ['admin'],
  'system.settings': ['admin'],
  'system.updateSettings': ['admin'],
  'demo.load': ['admin'],
  'audit.list': ['admin', 'branch_secretary'],
  'audit.filterOptions': ['admin', 'branch_secretary'],
  'backup.list': ['admin'],
  'backup.create': ['admin'],
  'backup.restore': ['admin'],
  'member.list': ['branch_secretary', 'party_affairs'],
  'member.get': ['branch_secretary', 'party_affairs'],
  'member.create': ['branch_secretary', 'party_affairs'],
  'member.update': ['branch_secretary', 'party_affairs'],
  'member.revealIdNumber': ['branch_secretary', 'party_affairs'],
  'member.exit': ['branch_secretary', 'party_affairs'],
  'member.transferIn': ['branch_secretary', 'party_affairs'],
  'space.floors': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'space.floorSave': ['admin', 'front_desk'],
  'space.units': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'space.unitGet': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'space.unitSave': ['admin', 'front_desk'],
  'space.unitArchive': ['admin', 'front_desk'],
  'space.unitRestore': ['admin', 'front_desk'],
  'space.outageAdd': ['admin', 'front_desk'],
  'space.outageCancel': ['admin', 'front_desk'],
  'space.saveLayout': ['admin', 'front_desk'],
  'space.plan': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'space.settings': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'space.updateSettings': ['admin'],
  'allocation.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'allocation.create': ['admin', 'front_desk'],
  'allocation.extend': ['admin', 'front_desk'],
  'allocation.endEarly': ['admin', 'front_desk'],
  'allocation.cancel': ['admin', 'front_desk'],
  'allocation.endAllFor': ['admin', 'front_desk'],
  'booking.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'booking.create': ['front_desk', 'mentor', 'branch_secretary', 'party_affairs'],
  'booking.previewSeries': ['front_desk', 'mentor', 'branch_secretary', 'party_affairs'],
  'booking.createSeries': ['front_desk', 'mentor', 'branch_secretary', 'party_affairs'],
  'booking.cancel': ['front_desk', 'mentor', 'branch_secretary', 'party_affairs'],
  'booking.cancelRange': ['front_desk', 'mentor', 'branch_secretary', 'party_affairs'],
  'occupancy.summary': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'occupancy.monthly': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'occupancy.rooms': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'occupancy.inKind': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'mentor.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'mentor.options': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'mentor.get': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'mentor.save': ['admin', 'front_desk'],
  'pairing.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'pairing.create': ['admin', 'front_desk'],
  'pairing.end': ['admin', 'front_desk'],
  'coaching.plan': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coaching.goalSave': ['admin', 'mentor'],
  'coaching.sessionList': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coaching.sessionGet': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coaching.sessionCreate': ['admin', 'mentor'],
  'coaching.sessionUpdate': ['admin', 'mentor'],
  'coaching.sessionFeedback': ['admin', 'mentor'],
  'coaching.sessionArchive': ['admin', 'mentor'],
  'coaching.attachmentAdd': ['admin', 'mentor'],
  'coaching.attachmentGet': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'coaching.attachmentArchive': ['admin', 'mentor'],
  'actionItem.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'actionItem.add': ['admin', 'mentor'],
  'actionItem.close': ['admin', 'mentor'],
  'assessment.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'assessment.create': ['admin', 'mentor'],
  'assessment.archive': ['admin', 'mentor'],
  'coaching.stats': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coaching.inactive': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'mentoring.settings': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'mentoring.updateSettings': ['admin'],
  'mentoring.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'organization.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'organization.filterOptions': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'organization.get': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'organization.check': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'organization.create': ['admin', 'front_desk'],
  'organization.update': ['admin', 'front_desk'],
  'organization.changeStage': ['admin', 'front_desk'],
  'organization.archive': ['admin', 'front_desk'],
  'organization.restore': ['admin', 'front_desk'],
  'meeting.options': ['branch_secretary', 'party_affairs'],
  'meeting.list': ['branch_secretary', 'party_affairs'],
  'meeting.get': ['branch_secretary', 'party_affairs'],
  'meeting.expected': ['branch_secretary', 'party_affairs'],
  'meeting.create': ['branch_secretary', 'party_affairs'],
  'meeting.update': ['branch_secretary', 'party_affairs'],
  'meeting.archive': ['branch_secretary', 'party_affairs'],
  'meeting.export': ['branch_secretary', 'party_affairs'],
  'compliance.summary': ['branch_secretary', 'party_affairs'],
  'compliance.attendance': ['branch_secretary', 'party_affairs'],
  'development.list': ['branch_secretary', 'party_affairs'],
  'development.get': ['branch_secretary', 'party_affairs'],
  'development.create': ['branch_secretary', 'party_affairs'],
  'development.update': ['branch_secretary', 'party_affairs'],
  'development.advance': ['branch_secretary', 'party_affairs'],
  'development.approve': ['branch_secretary', 'party_affairs'],
  'development.addReview': ['branch_secretary', 'party_affairs'],
  'development.setSponsors': ['branch_secretary', 'party_affairs'],
  'development.sponsorOptions': ['branch_secretary', 'party_affairs'],
  'development.extendProbation': ['branch_secretary', 'party_affairs'],
  'development.disqualify': ['branch_secretary', 'party_affairs'],
  'development.archive': ['branch_secretary', 'party_affairs'],
  'development.upcoming': ['branch_secretary', 'party_affairs'],
  'dues.ledger': ['branch_secretary', 'party_affairs'],
  'dues.arrears': ['branch_secretary', 'party_affairs'],
  'dues.member': ['branch_secretary', 'party_affairs'],
  'dues.baseSave': ['branch_secretary', 'party_affairs'],
  'dues.baseCorrect': ['branch_secretary', 'party_affairs'],
  'dues.pay': ['branch_secretary', 'party_affairs'],
  'dues.paymentArchive': ['branch_secretary', 'party_affairs'],
  'dues.export': ['branch_secretary', 'party_affairs'],
  'branch.overview': ['branch_secretary', 'party_affairs'],
  'branch.save': ['branch_secretary', 'party_affairs'],
  'branch.groupSave': ['branch_secretary', 'party_affairs'],
  'branch.groupArchive': ['branch_secretary', 'party_affairs'],
  'branch.termCreate': ['branch_secretary', 'party_affairs'],
  'branch.postAdd': ['branch_secretary', 'party_affairs'],
  'branch.postEnd': ['branch_secretary', 'party_affairs'],
  'branch.termArchive': ['branch_secretary', 'party_affairs'],
  'branch.settings': 'session',
  'branch.updateSettings': ['admin'],
  'member.export': ['branch_secretary', 'party_affairs'],
  'partyOrg.organization': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'partyOrg.setStatus': ['branch_secretary', 'party_affairs'],
  'partyOrg.statusArchive': ['branch_secretary', 'party_affairs'],
  'partyOrg.contactAdd': ['branch_secretary', 'party_affairs'],
  'partyOrg.contactEnd': ['branch_secretary', 'party_affairs'],
  'partyOrg.contactArchive': ['branch_secretary', 'party_affairs'],
  'partyOrg.memberGet': ['branch_secretary', 'party_affairs'],
  'partyOrg.memberSave': ['branch_secretary', 'party_affairs'],
  'partyOrg.memberEnd': ['branch_secretary', 'party_affairs'],
  'partyOrg.memberArchive': ['branch_secretary', 'party_affairs'],
  'partyOrg.crossPosts': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'partyOrg.crossPostsExport': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'partyOrg.instructors': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'orgRecords.get': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'orgRecords.saveInspection': ['admin', 'front_desk'],
  'orgRecords.archiveInspection': ['admin', 'front_desk'],
  'orgRecords.saveRating': ['admin', 'front_desk'],
  'orgRecords.archiveRating': ['admin', 'front_desk'],
  'orgRecords.saveTaxQualification': ['admin', 'front_desk'],
  'orgRecords.archiveTaxQualification': ['admin', 'front_desk'],
  'orgRecords.honours': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'orgRecords.saveHonour': ['admin', 'front_desk', 'branch_secretary', 'party_affairs'],
  'orgRecords.archiveHonour': ['admin', 'front_desk', 'branch_secretary', 'party_affairs'],
  'orgRecords.exportHonours': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'orgRecords.overview': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'orgRecords.exportOverview': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'sixSync.get': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'sixSync.set': ['branch_secretary', 'party_affairs'],
  'sixSync.reset': ['branch_secretary', 'party_affairs'],
  'sixSync.matrix': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'sixSync.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coverage.rates': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coverage.series': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coverage.organizations': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'coverage.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'coverage.settings': 'session',
  'coverage.updateSettings': ['admin'],
  'serviceProject.list': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'serviceProject.get': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'serviceProject.save': ['admin', 'front_desk'],
  'serviceProject.archive': ['admin', 'front_desk'],
  'serviceProject.attachmentAdd': ['admin', 'front_desk'],
  'serviceProject.attachmentGet': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'serviceProject.attachmentArchive': ['admin', 'front_desk'],
  'serviceProject.export': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'serviceProject.brands': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'venture.rounds': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'venture.roundSave': ['admin', 'front_desk'],
  'venture.projects': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'venture.project': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'venture.projectSave': ['admin', 'front_desk'],
  'venture.advance': ['admin', 'front_desk'],
  'venture.setTranches': ['admin', 'front_desk'],
  'venture.evaluate': ['admin', 'front_desk'],
  'venture.evaluationArchive': ['admin', 'front_desk'],
  'venture.payTranche': ['admin', 'front_desk'],
  'venture.projectArchive': ['admin', 'front_desk'],
  'venture.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'fund.list': ['admin', 'front_desk', 'branch_secretary', 'party_affairs', 'read_only'],
  'fund.save': ['admin', 'front_desk'],
  'fund.archive': ['admin', 'front_desk'],
  'fund.attachmentAdd': ['admin', 'front_desk'],
  'fund.attachmentGet': ['admin', 'front_desk', 'branch_secretary', 'party_affairs', 'read_only'],
  'fund.totals': ['admin', 'front_desk', 'branch_secretary', 'party_affairs', 'read_only'],
  'fund.projectOptions': ['admin', 'front_desk', 'branch_secretary', 'party_affairs', 'read_only'],
  'fund.export': ['admin', 'front_desk', 'branch_secretary', 'party_affairs', 'read_only'],
  'dashboard.summary': 'session',
  'search.global': 'session',
  'reminder.list': 'session',
  'reminder.count': 'session',
  'reminder.snooze': 'session',
  'reminder.dismiss': 'session',
  'reminder.undo': 'session',
  'import.template': 'session',
  'organization.importPreview': ['admin', 'front_desk'],
  'organization.import': ['admin', 'front_desk'],
  'organization.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'unit.importPreview': ['admin', 'front_desk'],
  'unit.import': ['admin', 'front_desk'],
  'unit.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'member.importPreview': ['branch_secretary', 'party_affairs'],
  'member.import': ['branch_secretary', 'party_affairs'],
  'reminder.export': 'session',
  'occupancy.inKindExport': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'allocation.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'booking.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'pairing.export': ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'],
  'development.export': ['branch_secretary', 'party_affairs'],
  'account.export': ['admin'],
  'audit.export': ['admin', 'branch_secretary'],
  'compliance.attendanceExport': ['branch_secretary', 'party_affairs'],
  'partyOrg.instructorsExport': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'coverage.organizationsExport': [
    'admin',
    'front_desk',
    'mentor',
    'branch_secretary',
    'party_affairs',
    'read_only',
  ],
  'report.summary': 'session',
  'report.export': 'session',
}

const ALL_ROLES: Role[] = ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only']
/** A payload no schema accepts: the permission check comes first, so nothing ever runs. */
const PROBE = { __probe: 1 }

type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'LOCKED'
type Who = Role | 'anonymous'

function outcome(result: Result<unknown>): Outcome {
  if (result.ok) return 'allowed'
  const { code } = result.error
  return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'LOCKED' ? code : 'allowed'
}

function expectedOutcome(access: Access, who: Who): Outcome {
  if (access === 'public') return 'allowed'
  if (who === 'anonymous') return 'UNAUTHENTICATED'
  if (access === 'session') return 'allowed'
  return access.includes(who) ? 'allowed' : 'FORBIDDEN'
}

const sorted = <T>(list: readonly T[]): T[] => [...list].sort()

describe('the access table', () => {
  it('lists every channel, and only those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...CHANNELS].sort())
    expect(ALL_ROLES.slice().sort()).toEqual([...ROLES].sort())
  })

  it("matches the permission each handler declares and the roles that permission's table grants it to", () => {
    const declared = channelPermissions()
    const mismatches: string[] = []
    for (const channel of CHANNELS) {
      const access = EXPECTED[channel]
      const permission = declared[channel]
      if (access === 'public' || access === 'session') {
        if (permission !== access) mismatches.push(`${channel}: declares ${permission}, expected ${access}`)
        continue
      }
      const granted = ALL_ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission))
      if (
        permission === 'public' ||
        permission === 'session' ||
        sorted(granted).join() !== sorted(access).join()
      )
        mismatches.push(
          `${channel}: ${permission} is granted to [${granted.join()}], expected [${access.join()}]`,
        )
    }
    expect(mismatches).toEqual([])
  })
})

describe('every channel × every role', () => {
  let base: TestBase
  const callers = new Map<Who, Caller>()

  beforeAll(async () => {
    base = await freshBase()
    callers.set('anonymous', base.anonymous)
    for (const role of ALL_ROLES) {
      // `admin` is taken by the base's own administrator; the others get the default name.
      callers.set(role, await base.as([role], role === 'admin' ? 'second.admin' : undefined))
    }
  }, 60_000)
  afterAll(() => base.close())

  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    const actual: Partial<Record<Who, Outcome>> = {}
    const expected: Partial<Record<Who, Outcome>> = {}
    for (const [who, caller] of callers) {
      const result = await base.app.dispatch(caller.ctx, channel, PROBE)
      actual[who] = outcome(result)
      expected[who] = expectedOutcome(EXPECTED[channel], who)
      // The probe is never valid: an allowed caller is stopped by the input check, never by the handler.
      expect(result.ok, `${channel} as ${who}`).toBe(false)
      if (!result.ok && expected[who] === 'allowed')
        expect(result.error.code, `${channel} as ${who}`).toBe('BAD_INPUT')
      if (!result.ok && expected[who] === 'FORBIDDEN')
        expect(result.error.message).toBe('当前账号无权执行此操作，未做任何修改。')
      if (!result.ok && expected[who] === 'UNAUTHENTICATED') expect(result.error.message).toBe('请先登录。')
    }
    expect(actual).toEqual(expected)
  })

  it('left every caller signed in and unlocked (no probe logged out or locked anyone)', async () => {
    for (const role of ALL_ROLES) {
      const status = await callers.get(role)!.ok('auth.status', {})
      expect(status.session, role).toMatchObject({ locked: false, user: { roles: [role] } })
    }
  })
})

describe('roles in practice', () => {
  const member = {
    name: '李秀英',
    gender: 'female',
    birthDate: '1949-12-31',
    idNumber: '11010519491231002X',
    category: 'full',
    relation: 'formal',
  } as const
  let base: TestBase
  let memberId: number
  beforeAll(async () => {
    base = await freshBase()
    const secretary = await base.as(['branch_secretary'])
    memberId = (await secretary.ok('member.create', member)).id
  }, 20_000)
  afterAll(() => base.close())

  it('a user holding two roles gets the union of both', async () => {
    const both = await base.as(['front_desk', 'party_affairs'])
    const status = await both.ok('auth.status', {})
    expect(status.session?.user.permissions).toEqual([
      'booking.write',
      'branch.read',
      'branch.write',
      'coverage.read',
      'coverage.write',
      'dues.read',
      'dues.write',
      'fund.read',
      'fund.write',
      'honour.write',
      'member.read',
      'member.reveal',
      'member.write',
      'mentoring.manage',
      'mentoring.read',
      'organization.read',
      'organization.write',
      'project.read',
      'project.write',
      'session',
      'space.read',
      'space.write',
    ])
    const created = await both.ok('organization.create', orgDraft())
    expect(created.name).toBe('烟台市福山区春风助老服务中心')
    expect((await both.ok('member.list', {})).items.map((m) => m.name)).toEqual(['李秀英'])
    await both.ok('member.create', {
      ...member,
      name: '张建国',
      gender: 'male',
      birthDate: '1990-01-01',
      idNumber: '370602199001011239',
      organizationId: created.id,
    })
    expect((await both.ok('member.list', {})).total).toBe(2)
    // Neither role grants these.
    expect((await both.err('account.list', {})).code).toBe('FORBIDDEN')
    expect((await both.err('audit.list', {})).code).toBe('FORBIDDEN')
  }, 20_000)

  it('前台 cannot open the roster, and the refusal says nothing about who is on it', async () => {
    const frontDesk = await base.as(['front_desk'])
    const list = await frontDesk.err('member.list', {})
    const get = await frontDesk.err('member.get', { id: memberId })
    const reveal = await frontDesk.err('member.revealIdNumber', { id: memberId })
    for (const error of [list, get, reveal]) {
      expect(error).toEqual({
        code: 'FORBIDDEN',
        key: 'common.forbidden',
        message: '当前账号无权执行此操作，未做任何修改。',
      })
      const text = JSON.stringify(error)
      for (const secret of ['李秀英', '002X', '1949', 'total', 'items', '党员'])
        expect(text).not.toContain(secret)
    }
  }, 20_000)

  it('only 支部书记 and 党务 can see a full ID number', async () => {
    const results: Partial<Record<Role, string>> = {}
    for (const role of ALL_ROLES) {
      const caller = await base.as([role], `reveal.${role}`)
      const result = await base.app.dispatch(caller.ctx, 'member.revealIdNumber', { id: memberId })
      results[role] = result.ok ? result.data.idNumber : result.error.code
    }
    expect(results).toEqual({
      admin: 'FORBIDDEN',
      front_desk: 'FORBIDDEN',
      mentor: 'FORBIDDEN',
      branch_secretary: '11010519491231002X',
      party_affairs: '11010519491231002X',
      read_only: 'FORBIDDEN',
    })
  }, 30_000)

  it('the administrator sees the roster only when also given a branch role', async () => {
    expect((await base.err('member.list', {})).code).toBe('FORBIDDEN')
    expect((await base.err('member.get', { id: memberId })).code).toBe('FORBIDDEN')
    expect((await base.err('member.create', { ...member, idNumber: '440524188001010014' })).code).toBe(
      'FORBIDDEN',
    )
    const adminSecretary = await base.as(['admin', 'branch_secretary'], 'admin.secretary')
    expect((await adminSecretary.ok('member.get', { id: memberId })).name).toBe('李秀英')
  }, 20_000)
})
