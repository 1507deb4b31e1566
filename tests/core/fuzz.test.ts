// 10,000 malformed payloads across every channel: each is refused with a known code, nothing throws, nothing
// is written. The generator is seeded (FUZZ_SEED=n to replay another run); every message names the seed.
//
// auth.login and auth.unlock are included: every payload is guaranteed to fail the input check, so they never
// reach the password check and may not write their audit rows either: the counts must stay exactly the same.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import { CHANNELS, type Channel } from '../../src-main/shared/channels'
import { inputSchemas } from '../../src-main/shared/contract'
import { ERROR_CODES, type ErrorCode, type Result } from '../../src-main/shared/errors'
import { createHash } from 'node:crypto'
import { idCheckChar } from '../../src-main/core/lib/idcard'
import { freshBase, orgDraft, orgUpdate, snapshotCounts, type Caller, type TestBase } from './helpers'
import { seededRandom } from '../../src-main/core/lib/random'
import { DEFAULT_BRANCH_SETTINGS } from '../../src-main/core/system/settings'

const SEED = Number(process.env.FUZZ_SEED ?? 20261127)
const RUNS = 10_000

const HUGE = 'x'.repeat(100_000)
const HUGE_CJK = '党'.repeat(100_000)
const SQL = [
  "'; DROP TABLE organization; --",
  '1 OR 1=1',
  "' OR '1'='1",
  '1; DELETE FROM audit_log',
  '%',
  '_%\\',
]
const BAD_DATES = [
  '2026-02-30',
  '20261127',
  '',
  '2026-13-01',
  '0000-00-00',
  '1899-12-31',
  '2026-11-27T09:00:00Z',
  ' ',
]
const NUMBERS = [
  -1,
  -0,
  0,
  0.5,
  -2.75,
  1e308,
  -1e308,
  2 ** 53 + 2,
  Number.NaN,
  Infinity,
  -Infinity,
  21,
  1_000_001,
]
const NAN_LIKE = ['NaN', 'Infinity', '-Infinity', '1e999', '0x1F', ' 42 ', '١٢٣', 'null', 'undefined', 'true']
function deep(depth: number): unknown {
  let v: unknown = []
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v }
  return v
}
const NESTED = [
  [],
  [[]],
  [[[[[]]]]],
  [1, 'a', null],
  [{}],
  deep(64),
  {},
  { a: { b: { c: [1, { d: null }] } } },
  { id: 1 },
]
/** Anything at all, for any field: some of these happen to be valid for some fields, the rest not. */
const NASTY: unknown[] = [
  HUGE,
  HUGE_CJK,
  `${HUGE}'; DROP TABLE organization; --`,
  ...SQL,
  ...BAD_DATES,
  ...NUMBERS,
  ...NAN_LIKE,
  ...NESTED,
  null,
  undefined,
  true,
  false,
  '\u0000',
  '\u202e',
  '😀',
  'admin',
  'mentor',
  new Date('invalid'),
  new Date(0),
]
/** Whole payloads that are not objects at all (null and undefined are left out: they stand for `{}`). */
const NOT_OBJECTS: unknown[] = [
  0,
  -1,
  1.5,
  Number.NaN,
  Infinity,
  '',
  "'; DROP TABLE organization; --",
  '1 OR 1=1',
  HUGE,
  '{}',
  true,
  false,
  [],
  [{}],
  [[[]]],
  deep(32),
  10n,
  new Uint8Array(4),
]
/** Values no required field accepts: every required field is a string, number, boolean, enum or array of enums. */
const WRONG_FOR_ANY_FIELD: unknown[] = [{}, { nested: [[1]] }, [{}], [[null]], new Map([['a', 1]])]
const UNKNOWN_KEYS = [
  '__probe',
  'isAdmin',
  'role',
  "'; DROP TABLE organization; --",
  '1 OR 1=1',
  'constructor',
  'toString',
  'hasOwnProperty',
  '__proto__',
  ' id',
  'ID',
  '',
  'nAme',
  'password ',
  'acceptwarnings',
]

const ALL_ROLES = ['admin', 'front_desk', 'mentor', 'branch_secretary', 'party_affairs', 'read_only'] as const

/** A valid payload for every channel (checked below), the starting point of each mutation. */
function templates(): Record<Channel, Record<string, unknown>> {
  const member = {
    name: '赵红梅',
    gender: 'female',
    birthDate: '1985-03-15',
    idNumber: `37061119850315002${idCheckChar('37061119850315002')}`,
    category: 'probationary',
    relation: 'mobile',
    organizationId: 1,
    post: '社工',
    phone: '13512345678',
    joinedOn: '2020-07-01',
    veteranMember: false,
    veteranCadre: false,
    note: '备注',
  }
  return {
    'auth.status': {},
    'auth.login': { username: 'fuzzer', password: 'Passfuzzer2026x' },
    'auth.logout': {},
    'auth.lock': {},
    'auth.unlock': { password: 'Passfuzzer2026x' },
    'auth.touch': {},
    'account.changePassword': { currentPassword: 'Passfuzzer2026x', newPassword: 'Fuzz2026new' },
    'account.list': {},
    'account.create': {
      username: 'fuzz.new',
      displayName: '模糊',
      roles: ['mentor'],
      password: 'Fuzz2026new',
    },
    'account.update': { id: 2, displayName: '模糊', roles: ['mentor'], active: false },
    'account.resetPassword': { id: 2, password: 'Fuzz2026new' },
    'system.status': {},
    'system.setup': {
      baseName: '另一个基地',
      totalAreaM2: 1,
      adminUsername: 'boss',
      adminDisplayName: '老板',
      adminPassword: 'Boss2026pass',
    },
    'system.updateBase': { baseName: '改名基地', totalAreaM2: 100 },
    'system.settings': {},
    'system.updateSettings': { idleLockMinutes: 1, backupKeepDaily: 1, backupKeepMonthly: 0 },
    'demo.load': {},
    'audit.list': {
      page: 1,
      pageSize: 20,
      actor: '系统',
      entity: 'organization',
      channel: 'organization.create',
      from: '2026-11-01',
      to: '2026-11-27',
    },
    'audit.filterOptions': {},
    'backup.list': {},
    'backup.create': { destination: '/tmp/fuzz-backup.db', password: null },
    'backup.restore': { source: '/tmp/fuzz-backup.db', password: null },
    'member.list': { page: 1, pageSize: 20, search: '李', category: 'full', organizationId: 1 },
    'member.get': { id: 1 },
    'member.create': member,
    'member.update': { ...member, id: 1, idNumber: null },
    'member.revealIdNumber': { id: 1 },
    'member.exit': { id: 1, kind: 'transfer_out', date: '2026-11-27', note: '转至区委组织部' },
    'member.transferIn': { id: 1, date: '2026-11-27', note: '转回' },
    'space.floors': {},
    'space.floorSave': { name: '三层', sortOrder: 3, gridWidth: 40, gridHeight: 24 },
    'space.units': { page: 1, pageSize: 20 },
    'space.unitGet': { id: 1 },
    'space.unitSave': { floorId: 1, code: 'Z-1', unitType: 'office', areaM2: 20, seats: 2, amenities: [] },
    'space.unitArchive': { id: 1 },
    'space.unitRestore': { id: 1 },
    'space.outageAdd': { unitId: 1, kind: 'maintenance', startDate: '2026-12-01', endDate: '2026-12-03' },
    'space.outageCancel': { id: 1 },
    'space.saveLayout': { floorId: 1, units: [{ id: 1, x: 0, y: 0, w: 2, h: 2 }] },
    'space.plan': { floorId: 1, date: '2026-11-27' },
    'space.settings': {},
    'space.updateSettings': {
      bufferMinutes: 10,
      openFrom: '08:00',
      openUntil: '20:00',
      closedWeekdays: [0],
      closedDates: ['2026-12-25'],
      referenceRentFen: 120,
    },
    'allocation.list': { page: 1, pageSize: 20 },
    'allocation.create': { unitId: 1, organizationId: 1, startDate: '2027-01-01', endDate: '2027-06-30' },
    'allocation.extend': { id: 1, endDate: '2030-01-01' },
    'allocation.endEarly': { id: 1, endDate: '2027-01-01' },
    'allocation.cancel': { id: 1, reason: '录错' },
    'allocation.endAllFor': { organizationId: 1, endDate: '2026-12-31' },
    'booking.list': { from: '2026-11-01', to: '2026-11-30' },
    'booking.create': {
      unitId: 1,
      date: '2026-12-02',
      startTime: '09:00',
      endTime: '10:00',
      bookerKind: 'base',
      bookerName: '基地',
      title: '会议',
      attendees: 5,
    },
    'booking.previewSeries': {
      unitId: 1,
      startTime: '09:00',
      endTime: '10:00',
      fromDate: '2026-12-02',
      toDate: '2027-01-27',
    },
    'booking.createSeries': {
      unitId: 1,
      startTime: '09:00',
      endTime: '10:00',
      fromDate: '2026-12-02',
      toDate: '2027-01-27',
      bookerKind: 'base',
      bookerName: '基地',
      title: '例会',
      attendees: 5,
    },
    'booking.cancel': { id: 1 },
    'booking.cancelRange': { seriesId: 1, fromDate: '2026-12-01', toDate: '2026-12-31' },
    'occupancy.summary': { date: '2026-11-27' },
    'occupancy.monthly': { year: 2026 },
    'occupancy.rooms': { year: 2026 },
    'occupancy.inKind': { year: 2026 },
    'mentor.list': {
      page: 1,
      pageSize: 20,
      search: '王',
      kind: 'expert',
      dimension: 'capacity',
      includeInactive: true,
    },
    'mentor.options': {},
    'mentor.get': { id: 1 },
    'mentor.save': {
      name: '王老师',
      kind: 'expert',
      dimensions: ['capacity'],
      serviceAreas: ['youth'],
      monthlyCapacityHours: 20,
    },
    'pairing.list': { mentorId: 1, organizationId: 1 },
    'pairing.create': {
      mentorId: 1,
      organizationId: 1,
      dimensions: ['capacity'],
      startDate: '2026-11-01',
      monthlyHours: 4,
    },
    'pairing.end': { id: 1, endDate: '2026-12-31' },
    'coaching.plan': { organizationId: 1 },
    'coaching.goalSave': {
      organizationId: 1,
      dimension: 'capacity',
      title: '建立财务制度',
      targetDate: '2027-03-31',
      progress: 10,
    },
    'coaching.sessionList': {
      page: 1,
      pageSize: 20,
      organizationId: 1,
      mentorId: 1,
      from: '2026-01-01',
      to: '2026-12-31',
      dimension: 'capacity',
      mode: 'onsite',
      search: '财务',
    },
    'coaching.sessionGet': { id: 1 },
    'coaching.sessionCreate': {
      organizationId: 1,
      mentorId: 1,
      date: '2026-11-27',
      startTime: '09:00',
      endTime: '10:30',
      mode: 'onsite',
      dimensions: ['capacity'],
      topics: '财务制度',
      workDone: '逐条讲解',
      actionItems: [{ title: '修订制度', owner: 'organization', dueDate: '2026-12-10' }],
    },
    'coaching.sessionUpdate': {
      id: 1,
      organizationId: 1,
      mentorId: 1,
      date: '2026-11-27',
      startTime: '09:00',
      endTime: '10:30',
      mode: 'online',
      dimensions: ['capacity'],
      topics: '财务制度',
      workDone: '逐条讲解',
    },
    'coaching.sessionFeedback': { id: 1, feedbackScore: 5, feedbackComment: '很有帮助' },
    'coaching.sessionArchive': { id: 1, reason: '录重' },
    'coaching.attachmentAdd': { sessionId: 1, fileName: '签到表.txt', contentBase64: 'MTIz' },
    'coaching.attachmentGet': { id: 1 },
    'coaching.attachmentArchive': { id: 1 },
    'actionItem.list': {
      page: 1,
      pageSize: 20,
      status: 'overdue',
      mentorId: 1,
      organizationId: 1,
      owner: 'mentor',
    },
    'actionItem.add': { sessionId: 1, title: '补交材料', owner: 'organization', dueDate: '2026-12-31' },
    'actionItem.close': { id: 1, outcome: 'done', note: '已完成' },
    'assessment.list': { organizationId: 1 },
    'assessment.create': {
      organizationId: 1,
      date: '2026-11-27',
      occasion: 'periodic',
      scores: [{ dimension: 'capacity', score: 3 }],
      sessionIds: [1],
    },
    'assessment.archive': { id: 1, reason: '录错' },
    'coaching.stats': { year: 2026, mentorId: 1 },
    'coaching.inactive': { days: 30 },
    'mentoring.settings': {},
    'mentoring.updateSettings': { inactiveDays: 45 },
    'mentoring.export': { table: 'hoursByMentor', year: 2026, labels: { 'heading.mentor': '导师' } },
    'organization.list': {
      page: 1,
      pageSize: 50,
      sortBy: 'name',
      sortOrder: 'asc',
      search: '福山',
      legalTypes: ['social_group'],
      stages: ['resident'],
      serviceArea: 'youth',
      entryYear: 2025,
      archived: 'all',
    },
    'organization.filterOptions': {},
    'organization.get': { id: 1 },
    'organization.check': { id: 1, name: '新组织', uscc: '51370600MJD0000110', legalType: 'social_group' },
    'organization.create': { ...orgDraft({ name: '模糊测试组织', uscc: null, legalType: 'preparing' }) },
    'organization.update': { ...orgUpdate(1, { uscc: null, legalType: 'preparing' }), acceptWarnings: true },
    'organization.changeStage': { id: 1, stage: 'exited', date: '2026-11-27', note: '退出' },
    'organization.archive': { id: 1, reason: '模糊' },
    'organization.restore': { id: 1 },
    'meeting.options': {},
    'meeting.list': { page: 1, pageSize: 20, year: 2026, kind: 'general_assembly', includeArchived: true },
    'meeting.get': { id: 1 },
    'meeting.expected': { date: '2026-11-20', kinds: ['group'], groupId: 1, meetingId: 1 },
    'meeting.create': {
      kinds: ['general_assembly', 'party_lecture'],
      date: '2026-11-20',
      startTime: '14:00',
      endTime: '16:00',
      unitId: null,
      place: '党员活动室',
      groupId: null,
      chairId: 1,
      recorderId: 1,
      title: '第四季度党员大会',
      agenda: '学习文件',
      speeches: '发言摘要',
      attendance: [{ memberId: 1, present: false, absenceReason: '出差' }],
      attendees: [{ kind: 'observer', name: '王海燕', organization: '春风助老', note: null }],
      resolutions: [{ title: '通过决议', yes: 1, no: 0, abstain: 0 }],
      reviews: [{ memberId: 1, grade: 'qualified' }],
    },
    'meeting.update': {
      id: 1,
      kinds: ['theme_day'],
      date: '2026-11-20',
      startTime: '14:00',
      endTime: '16:00',
      unitId: 1,
      chairId: 1,
      recorderId: 1,
      title: '主题党日',
      attendance: [{ memberId: 1, present: true }],
    },
    'meeting.archive': { id: 1, reason: '录重' },
    'meeting.export': { year: 2026, labels: { 'heading.date': '日期' } },
    'compliance.summary': { year: 2026 },
    'compliance.attendance': { year: 2026 },
    'development.list': { page: 1, pageSize: 20, stage: 'activist', search: '张' },
    'development.get': { id: 1 },
    'development.create': {
      name: '张晓明',
      gender: 'male',
      birthDate: '1990-01-01',
      idNumber: '370602199001011239',
      organizationId: 1,
      post: '干事',
      phone: '13512345678',
      appliedOn: '2026-03-01',
      interviewedOn: '2026-03-20',
      trainingDays: 3,
      trainingHours: 24,
      trainedOn: '2026-06-01',
      note: '模糊测试',
    },
    'development.update': {
      id: 1,
      name: '张晓明',
      gender: 'male',
      birthDate: '1990-01-01',
      idNumber: null,
      organizationId: null,
      post: null,
      phone: null,
      appliedOn: '2026-03-01',
      interviewedOn: null,
      trainingDays: null,
      trainingHours: null,
      trainedOn: null,
      note: null,
    },
    'development.advance': { id: 1, stage: 'activist', date: '2026-04-01' },
    'development.approve': { id: 1, date: '2026-05-01' },
    'development.addReview': { id: 1, reviewedOn: '2026-10-01', note: '表现良好' },
    'development.setSponsors': { id: 1, sponsors: [{ memberId: 1, namedOn: '2026-10-01' }] },
    'development.sponsorOptions': { date: '2026-11-27' },
    'development.extendProbation': { id: 1, months: 6, decidedOn: '2026-10-01', reason: '需继续考察' },
    'development.disqualify': { id: 1, date: '2026-11-01', reason: '本人申请' },
    'development.archive': { id: 1, reason: '录重' },
    'development.upcoming': { days: 30 },
    'dues.ledger': { year: 2026 },
    'dues.arrears': {},
    'dues.member': { memberId: 1 },
    'dues.baseSave': { memberId: 1, fromMonth: '2026-01', kind: 'employed', baseFen: 650_000, note: '调资' },
    'dues.baseCorrect': { id: 1, fromMonth: '2026-01', kind: 'retired', baseFen: 420_000, reason: '录错' },
    'dues.pay': {
      memberId: 1,
      fromMonth: '2026-01',
      toMonth: '2026-03',
      paidOn: '2026-03-05',
      overrides: [{ month: '2026-02', amountFen: 5000 }],
      overrideReason: '困难减免',
      note: '现金',
      acceptWarnings: true,
    },
    'dues.paymentArchive': { id: 1, reason: '录重' },
    'dues.export': { year: 2026, labels: { 'heading.name': '姓名' } },
    'branch.overview': {},
    'branch.save': {
      name: '基地党支部',
      kind: 'fallback',
      foundedOn: '2020-07-01',
      superior: '区委两新工委',
      note: null,
    },
    'branch.groupSave': { name: '第一党小组', leaderId: 1, note: null },
    'branch.groupArchive': { id: 1, reason: '合并' },
    'branch.termCreate': {
      startDate: '2026-11-01',
      hasCommittee: false,
      posts: [{ memberId: 1, role: 'secretary' }],
      note: null,
    },
    'branch.postAdd': { termId: 1, memberId: 1, role: 'deputy_secretary', startDate: '2026-11-27' },
    'branch.postEnd': { id: 1, endDate: '2026-11-27' },
    'branch.termArchive': { id: 1, reason: '录错' },
    'branch.settings': {},
    'branch.updateSettings': { ...DEFAULT_BRANCH_SETTINGS, termYears: 5 },
    'member.export': { scope: 'current', revealIdNumbers: false, labels: { 'heading.name': '姓名' } },
    'partyOrg.organization': { organizationId: 1, date: '2026-06-30' },
    'partyOrg.setStatus': {
      organizationId: 1,
      status: 'joint',
      startDate: '2026-03-01',
      coveringBranch: '芝罘区社会组织联合党支部',
      byBaseBranch: false,
      note: '与两家组织联合组建',
      acceptWarnings: true,
    },
    'partyOrg.statusArchive': { id: 1, reason: '日期录错' },
    'partyOrg.contactAdd': {
      organizationId: 1,
      role: 'liaison',
      mentorId: null,
      personName: '王海燕',
      phone: '13512345678',
      startDate: '2026-01-01',
      endDate: null,
      note: '组织秘书长兼任',
    },
    'partyOrg.contactEnd': { id: 1, endDate: '2026-11-27' },
    'partyOrg.contactArchive': { id: 1, reason: '录错组织' },
    'partyOrg.memberGet': { id: 1 },
    'partyOrg.memberSave': {
      organizationId: 1,
      name: '李明',
      gender: 'male',
      category: 'full',
      fullOn: '2015-07-01',
      post: '理事长',
      managementPost: true,
      membershipPlace: '福山区某街道党工委',
      phone: '13912345678',
      startDate: '2024-03-01',
      endDate: null,
      note: null,
      acceptWarnings: false,
    },
    'partyOrg.memberEnd': { id: 1, endDate: '2026-11-27' },
    'partyOrg.memberArchive': { id: 1, reason: '重复登记' },
    'partyOrg.crossPosts': { date: '2026-11-27' },
    'partyOrg.crossPostsExport': { date: '2026-11-27', labels: { 'heading.name': '姓名' } },
    'partyOrg.instructors': { date: '2026-11-27' },
    'orgRecords.get': { organizationId: 1 },
    'orgRecords.saveInspection': {
      organizationId: 1,
      year: 2025,
      result: '合格',
      concludedOn: '2026-05-20',
      partyWorkChecked: true,
      note: null,
    },
    'orgRecords.archiveInspection': { id: 1, reason: '录错年度' },
    'orgRecords.saveRating': {
      organizationId: 1,
      grade: 4,
      ratedOn: '2025-06-01',
      scoreTenths: 865,
      ratedBy: '烟台市民政局',
      documentNo: '烟民〔2025〕12号',
      partyBuildingAssessed: true,
      note: null,
      acceptWarnings: true,
    },
    'orgRecords.archiveRating': { id: 1, reason: '录错' },
    'orgRecords.saveTaxQualification': {
      organizationId: 1,
      grantedOn: '2025-07-01',
      documentNo: null,
      note: null,
    },
    'orgRecords.archiveTaxQualification': { id: 1, reason: '录错' },
    'orgRecords.honours': { page: 1, pageSize: 20, year: 2026, level: 'municipal', partyRelated: true },
    'orgRecords.saveHonour': {
      title: '烟台和谐使者',
      level: 'municipal',
      awardedOn: '2026-06-30',
      awardedBy: '烟台市委社会工作部',
      recipientKind: 'person',
      organizationId: 1,
      personName: '王海燕',
      memberId: null,
      partyRelated: false,
      note: null,
    },
    'orgRecords.archiveHonour': { id: 1, reason: '重复' },
    'orgRecords.exportHonours': { recipientKind: 'organization', labels: { title: '荣誉' } },
    'orgRecords.overview': { page: 1, pageSize: 20, flag: 'expiring', search: '幸福', sortBy: 'validUntil' },
    'orgRecords.exportOverview': { flag: 'notRateable', labels: { title: '年检与评估' } },
    'sixSync.get': { organizationId: 1, year: 2026 },
    'sixSync.set': {
      organizationId: 1,
      year: 2026,
      item: 6,
      status: 'synced',
      date: '2026-05-20',
      note: '理事会换届，同步调整党组织班子',
    },
    'sixSync.reset': { organizationId: 1, year: 2026, item: 6 },
    'sixSync.matrix': {
      year: 2026,
      search: '助老',
      partyStatus: 'fallback',
      item: 2,
      itemStatus: 'not_started',
      onlyIncomplete: true,
      page: 1,
      pageSize: 20,
    },
    'sixSync.export': { year: 2026, onlyIncomplete: true, labels: { 'heading.name': '组织名称' } },
    'coverage.rates': { date: '2026-06-30' },
    'coverage.series': {},
    'coverage.organizations': {
      date: '2026-06-30',
      bucket: 'shouldForm',
      search: '助老',
      page: 1,
      pageSize: 20,
    },
    'coverage.export': { date: '2026-06-30', labels: { 'heading.name': '组织名称' } },
    'coverage.settings': {},
    'serviceProject.list': {
      organizationId: 1,
      category: 'youth',
      brandStage: 'brand',
      hasBrand: true,
      year: 2026,
      search: '四点半',
      sortBy: 'name',
      page: 1,
      pageSize: 20,
    },
    'serviceProject.get': { id: 1 },
    'serviceProject.save': {
      organizationId: 1,
      name: '四点半课堂',
      category: 'youth',
      startDate: '2025-03-01',
      endDate: '2025-12-31',
      place: '福山区社区服务中心',
      beneficiaryCount: 120,
      beneficiaryKind: '青少年',
      serviceCount: 80,
      serviceUnit: 'session',
      brandName: '四点半课堂',
      brandStage: 'brand',
      outcomes: '课后托管',
      description: '放学后的作业辅导',
    },
    'serviceProject.archive': { id: 1, reason: '重复登记' },
    'serviceProject.attachmentAdd': { projectId: 1, fileName: '活动照片.jpg', contentBase64: 'aGVsbG8=' },
    'serviceProject.attachmentGet': { id: 1 },
    'serviceProject.attachmentArchive': { id: 1 },
    'serviceProject.export': { hasBrand: true, labels: { 'heading.name': '项目名称' } },
    'serviceProject.brands': {},
    'venture.rounds': {},
    'venture.roundSave': {
      name: '第三届福山区公益创投大赛',
      year: 2026,
      sourceKind: 'welfare_lottery',
      tranchePlan: '60/40',
      budgetFen: 50_000_000,
    },
    'venture.projects': {
      roundId: 1,
      stage: 'signed',
      organizationId: 1,
      search: '助老',
      page: 1,
      pageSize: 20,
    },
    'venture.project': { id: 1 },
    'venture.projectSave': {
      roundId: 1,
      organizationId: 1,
      title: '幸福来敲门',
      category: 'elderly_orphan_sick_disabled',
      grantFen: 10_000_000,
      tranches: [
        { percentBp: 6000, trigger: 'signing' },
        { percentBp: 4000, trigger: 'mid_evaluation' },
      ],
    },
    'venture.advance': { projectId: 1, stage: 'qualification', date: '2026-03-01', note: '通过' },
    'venture.setTranches': { projectId: 1, tranches: [{ percentBp: 10000, trigger: 'signing' }] },
    'venture.evaluate': {
      projectId: 1,
      kind: 'mid',
      date: '2026-06-30',
      scoreTenths: 865,
      result: 'pass',
      reviewer: '李明',
    },
    'venture.evaluationArchive': { id: 1, reason: '录入错误' },
    'venture.payTranche': { projectId: 1, seq: 1, paidOn: '2026-04-01', documentNo: '记-001' },
    'venture.projectArchive': { id: 1, reason: '录入错误' },
    'venture.export': { roundId: 1, labels: { title: '公益创投项目' } },
    'fund.list': {
      year: 2026,
      direction: 'in',
      sourceKind: 'donation',
      search: '捐赠',
      page: 1,
      pageSize: 20,
    },
    'fund.save': {
      date: '2026-03-01',
      direction: 'in',
      amountYuan: '3,200.50',
      sourceKind: 'fiscal_special',
      organizationId: 1,
      summary: '区民政局拨付孵化运营经费',
      documentNo: '记-2026-031',
    },
    'fund.archive': { id: 1, reason: '金额录错' },
    'fund.attachmentAdd': { entryId: 1, fileName: '拨款凭证.pdf', contentBase64: 'aGVsbG8=' },
    'fund.attachmentGet': { id: 1 },
    'fund.totals': { organizationId: 1, year: 2026 },
    'fund.projectOptions': { organizationId: 1 },
    'fund.export': { table: 'totals', labels: { 'heading.year': '年度' } },
    'dashboard.summary': {},
    'search.global': { query: 'xflqm', limit: 5 },
    'reminder.list': { kind: 'dues', severity: 'overdue', view: 'open', page: 1, pageSize: 20 },
    'reminder.count': {},
    'reminder.snooze': { key: 'dues:1:2026-10-31', until: '2026-12-15', reason: '已电话联系，月中补缴' },
    'reminder.dismiss': { key: 'actionItem:1:2026-11-20', reason: '已在指导中口头完成' },
    'reminder.undo': { id: 1, reason: '误操作' },
    'import.template': { kind: 'organization' },
    'organization.importPreview': { fileName: 'x.xlsx', contentBase64: 'UEsDBA==' },
    'organization.import': { token: 'no-such-preview', mode: 'validOnly' },
    'organization.export': { archived: 'active' },
    'unit.importPreview': { fileName: 'x.xlsx', contentBase64: 'UEsDBA==' },
    'unit.import': { token: 'no-such-preview', mode: 'allOrNothing' },
    'unit.export': { includeArchived: false },
    'member.importPreview': { fileName: 'x.xlsx', contentBase64: 'UEsDBA==' },
    'member.import': { token: 'no-such-preview', mode: 'validOnly' },
    'occupancy.inKindExport': { year: 2026, labels: { title: '{year}' } },
    'reminder.export': { kind: 'dues', severity: 'overdue', view: 'handled', labels: { title: '提醒' } },
    'allocation.export': { unitId: 1, organizationId: 1, endingWithinDays: 30, labels: { title: '分配' } },
    'booking.export': {
      from: '2026-11-01',
      to: '2026-11-30',
      unitIds: [1],
      labels: { 'heading.date': '日期' },
    },
    'pairing.export': { mentorId: 1, organizationId: 1, includeEnded: false, labels: {} },
    'development.export': { stage: 'activist', search: '张', revealIdNumbers: false, labels: {} },
    'account.export': { labels: { 'heading.username': '用户名' } },
    'audit.export': { actor: '系统', from: '2026-11-01', to: '2026-11-27', labels: {} },
    'compliance.attendanceExport': { year: 2026, labels: { 'heading.name': '姓名' } },
    'partyOrg.instructorsExport': { date: '2026-06-30', labels: {} },
    'coverage.organizationsExport': { date: '2026-06-30', bucket: 'shouldForm', search: '助老', labels: {} },
    'report.summary': { year: 2026, labels: { 'w.total': '合计' } },
    'report.export': { year: 2026, labels: { 'w.total': '合计' } },
    'coverage.updateSettings': {
      denominator: 'able_to_form',
      inspectionResults: [
        { label: '合格', grade: 'pass' },
        { label: '基本合格', grade: 'basic' },
        { label: '不合格', grade: 'fail' },
      ],
    },
  }
}

type Shape = Record<string, z.ZodType>
const shapeOf = (channel: Channel): Shape => (inputSchemas[channel] as unknown as { shape: Shape }).shape

function describePayload(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'string' && v.length > 40) return `${v.slice(0, 20)}…(${v.length} chars)`
    if (typeof v === 'bigint') return `${v}n`
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v)
    if (v === undefined) return 'undefined'
    if (v instanceof Map) return 'Map'
    if (v instanceof Uint8Array) return 'Uint8Array'
    return v
  })
  return (text ?? String(value)).slice(0, 300)
}

interface Generated {
  payload: unknown
  /** The mutation that makes the payload invalid whatever else was done to it. */
  guarantee: string
}

function generator(seed: number) {
  const rng = seededRandom(seed)
  const int = (n: number) => Math.floor(rng() * n)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!
  const base = templates()

  return (channel: Channel): Generated => {
    const shape = shapeOf(channel)
    const keys = Object.keys(shape)
    const required = keys.filter((k) => !shape[k]!.safeParse(undefined).success)
    const payload: Record<string, unknown> = { ...base[channel] }

    // Zero to three mutations that may or may not make it invalid.
    for (let n = int(4); n > 0 && keys.length > 0; n--) {
      const key = pick(keys)
      const r = rng()
      if (r < 0.6) payload[key] = pick(NASTY)
      else if (r < 0.75) delete payload[key]
      else if (r < 0.9)
        payload[key] = typeof payload[key] === 'number' ? String(payload[key]) : int(1000) - 500
      else payload[key] = [payload[key], payload[key]]
    }

    // Then one that no schema accepts.
    const choices = [
      'unknownKey',
      'notAnObject',
      ...(required.length ? ['wrongType', 'missing', 'nullish'] : []),
    ]
    const guarantee = pick(choices)
    switch (guarantee) {
      case 'unknownKey': {
        const unknown = UNKNOWN_KEYS.filter((k) => !keys.includes(k))
        for (let n = 1 + int(3); n > 0; n--) {
          // An own property, even for __proto__ (as JSON.parse would make it).
          Object.defineProperty(payload, pick(unknown), {
            value: pick(NASTY),
            enumerable: true,
            writable: true,
            configurable: true,
          })
        }
        return { payload, guarantee }
      }
      case 'notAnObject':
        return { payload: pick(NOT_OBJECTS), guarantee }
      case 'wrongType':
        payload[pick(required)] = pick(WRONG_FOR_ANY_FIELD)
        return { payload, guarantee }
      case 'missing':
        delete payload[pick(required)]
        return { payload, guarantee }
      default:
        return { payload: rng() < 0.5 ? null : undefined, guarantee }
    }
  }
}

function digest(base: TestBase): string {
  const hash = createHash('sha256')
  for (const table of Object.keys(snapshotCounts(base.db)).sort()) {
    const rows = base.db
      .prepare(`SELECT * FROM ${table}`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort()
    hash.update(`${table}\n${rows.join('\n')}\n`)
  }
  return hash.digest('hex')
}

describe(`fuzz (seed ${SEED})`, () => {
  let base: TestBase
  let fuzzer: Caller
  beforeAll(async () => {
    base = await freshBase()
    await base.ok('demo.load', {})
    fuzzer = await base.as([...ALL_ROLES], 'fuzzer')
    const members = [
      { name: '李秀英', gender: 'female', birthDate: '1949-12-31', idNumber: '11010519491231002X' },
      { name: '张建国', gender: 'male', birthDate: '1990-01-01', idNumber: '370602199001011239' },
      {
        name: '王志强',
        gender: 'male',
        birthDate: '1978-06-01',
        idNumber: `37061119780601003${idCheckChar('37061119780601003')}`,
      },
    ] as const
    for (const [i, m] of members.entries()) {
      await fuzzer.ok('member.create', { ...m, category: 'full', relation: 'formal', organizationId: i + 1 })
    }
  }, 30_000)
  afterAll(() => base.close())

  it('starts from payloads every channel accepts', () => {
    const all = templates()
    for (const channel of CHANNELS) {
      const parsed = inputSchemas[channel].safeParse(all[channel])
      expect(parsed.success, `${channel}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
    }
  })

  it(`refuses ${RUNS} malformed payloads with a known code, throwing nothing and writing nothing`, async () => {
    const counts = snapshotCounts(base.db)
    const before = digest(base)
    const settings = await fuzzer.ok('system.settings', {})
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const next = generator(SEED)
    const rng = seededRandom(SEED ^ 0x5eed)
    const problems: string[] = []
    const perChannel = new Map<Channel, Partial<Record<ErrorCode, number>>>()
    const known: readonly string[] = ERROR_CODES

    // Channels in a fresh seeded order each round: every channel gets RUNS / channels calls (± 1), however many
    // channels there are, so no channel is starved by chance.
    let order: Channel[] = []
    for (let i = 0; i < RUNS; i++) {
      if (i % CHANNELS.length === 0) {
        order = [...CHANNELS]
        for (let j = order.length - 1; j > 0; j--) {
          const k = Math.floor(rng() * (j + 1))
          ;[order[j], order[k]] = [order[k]!, order[j]!]
        }
      }
      const channel = order[i % CHANNELS.length]!
      const { payload, guarantee } = next(channel)
      const where = `seed ${SEED} #${i} ${channel} [${guarantee}] ${describePayload(payload)}`
      let result: Result<unknown>
      try {
        result = await base.app.dispatch(fuzzer.ctx, channel, payload)
      } catch (err) {
        problems.push(`${where}: threw ${String(err)}`)
        continue
      }
      if (result.ok) {
        problems.push(`${where}: accepted, returned ${describePayload(result.data)}`)
        continue
      }
      const { code } = result.error
      const tally = perChannel.get(channel) ?? {}
      tally[code] = (tally[code] ?? 0) + 1
      perChannel.set(channel, tally)
      if (!known.includes(code)) problems.push(`${where}: unknown code ${code}`)
      else if (code !== 'BAD_INPUT' && code !== 'VALIDATION')
        problems.push(`${where}: ${code} ${result.error.message} (the input check should have refused it)`)
      const text = JSON.stringify(result.error)
      if (text.length > 20_000 || text.includes('x'.repeat(500)) || text.includes('党'.repeat(500)))
        problems.push(`${where}: the error echoes the input (${text.length} chars)`)
    }
    consoleError.mockRestore()

    expect(problems.slice(0, 12), `seed ${SEED}: ${problems.length} of ${RUNS} payloads misbehaved`).toEqual(
      [],
    )
    expect(consoleError, `seed ${SEED}: an unexpected error was logged`).not.toHaveBeenCalled()
    // Every channel was exercised, and the ones with required fields saw both kinds of refusal.
    for (const channel of CHANNELS) {
      const tally = perChannel.get(channel) ?? {}
      const total = (tally.BAD_INPUT ?? 0) + (tally.VALIDATION ?? 0)
      // RUNS / channels each (rounded down): enough calls for both kinds of refusal to show.
      expect(total, `seed ${SEED}: ${channel} was called ${total} times`).toBeGreaterThan(
        (0.6 * RUNS) / CHANNELS.length,
      )
      expect(tally.BAD_INPUT ?? 0, `seed ${SEED}: ${channel}`).toBeGreaterThan(0)
      if (Object.values(shapeOf(channel)).some((s) => !s.safeParse(undefined).success))
        expect(tally.VALIDATION ?? 0, `seed ${SEED}: ${channel}`).toBeGreaterThan(0)
    }

    expect(snapshotCounts(base.db), `seed ${SEED}: row counts changed`).toEqual(counts)
    expect(digest(base), `seed ${SEED}: table contents changed`).toBe(before)
    // Nobody was logged out, locked, or had a setting changed.
    expect((await fuzzer.ok('auth.status', {})).session).toMatchObject({
      locked: false,
      user: { username: 'fuzzer' },
    })
    expect((await base.ok('auth.status', {})).session).toMatchObject({
      locked: false,
      user: { username: 'admin' },
    })
    expect(await fuzzer.ok('system.settings', {})).toEqual(settings)
  }, 120_000)
})
