// 导出 Excel of the lists that had none: each takes the very filters of its list (without the paging), asks the
// list's own handler for the rows (so an export holds exactly what the list shows, filtered the same way), writes
// them as typed cells in the user's language, and records the export in 操作日志 (domain §5).
import type { Channel } from '../../shared/channels'
import type { ParsedInput } from '../../shared/contract'
import type {
  Account,
  AttendanceReport,
  InKindReport,
  InstructorsView,
  Allocation,
  AuditEntryView,
  Booking,
  CoverageOrganization,
  DevelopmentListItem,
  ExportFile,
  Page,
  Pairing,
  ReminderPage,
} from '../../shared/entities'
import type { PageSize } from '../../shared/enums'
import { REMINDER_KINDS_ZH_CN } from '../../shared/reminders'
import { actorCan, type HandlerEnv } from '../context'
import { fail } from '../errors'
import { tableToXlsx, type SheetColumn } from '../lib/excel'
import { maskIdNumber } from '../lib/idcard'
import { labelsWith, type Labels } from '../lib/labels'
import { defineHandlers } from '../registry'
import { accountHandlers } from '../auth/handlers'
import { auditHandlers } from '../audit/handlers'
import { complianceHandlers } from '../branch/compliance'
import { developmentHandlers } from '../branch/development'
import { crossPostHandlers } from '../coverage/crossPosts'
import { coverageRateHandlers } from '../coverage/rates'
import { mentorHandlers } from '../mentoring/mentors'
import { allocationHandlers } from '../space/allocations'
import { bookingHandlers } from '../space/bookings'
import { occupancyHandlers } from '../space/occupancy'
import { reminderHandlers } from '../reminders/queue'
import { reminderTitle } from '../reminders/titles'

/** Rows one export may hold; a larger one asks the user to narrow the filters first. */
export const EXPORT_MAX_ROWS = 100_000

const DEFAULT_LABELS: Labels = {
  'allocation.title': '空间分配',
  'allocation.heading.unitCode': '单元编号',
  'allocation.heading.unitType': '单元类型',
  'allocation.heading.floor': '楼层',
  'allocation.heading.area': '面积（㎡）',
  'allocation.heading.organization': '入驻组织',
  'allocation.heading.startDate': '开始日期',
  'allocation.heading.endDate': '结束日期',
  'allocation.heading.note': '备注',
  'allocation.heading.cancelledAt': '作废时间',
  'booking.title': '场地预约',
  'booking.heading.date': '日期',
  'booking.heading.startTime': '开始时间',
  'booking.heading.endTime': '结束时间',
  'booking.heading.unit': '场地',
  'booking.heading.bookerKind': '预约方类型',
  'booking.heading.booker': '预约方',
  'booking.heading.title': '活动主题',
  'booking.heading.attendees': '人数',
  'booking.heading.series': '周期预约',
  'pairing.title': '导师结对',
  'pairing.heading.mentor': '导师',
  'pairing.heading.organization': '组织',
  'pairing.heading.dimensions': '指导维度',
  'pairing.heading.startDate': '开始日期',
  'pairing.heading.endDate': '结束日期',
  'pairing.heading.monthlyHours': '每月计划时长（小时）',
  'pairing.heading.active': '状态',
  'pairing.heading.note': '备注',
  'reminder.title': '待办提醒',
  'reminder.heading.severity': '紧急程度',
  'reminder.heading.kind': '类型',
  'reminder.heading.title': '事项',
  'reminder.heading.dueDate': '到期日',
  'reminder.heading.overdueDays': '逾期天数',
  'reminder.heading.daysLeft': '剩余天数',
  'reminder.heading.handling': '处理',
  'reminder.heading.snoozeUntil': '暂缓至',
  'reminder.heading.reason': '原因',
  'reminder.heading.handledBy': '处理人',
  'reminder.heading.handledAt': '处理时间',
  'reminder.severity.overdue': '已逾期',
  'reminder.severity.due_today': '今天到期',
  'reminder.severity.due_soon': '即将到期',
  'reminder.action.snooze': '暂缓',
  'reminder.action.dismiss': '忽略',
  ...Object.fromEntries(
    Object.entries(REMINDER_KINDS_ZH_CN).map(([k, text]) => [`reminder.kind.${k}`, text]),
  ),
  'inKind.title': '{year} 年免费空间折算价值',
  'inKind.heading.organization': '入驻组织',
  'inKind.heading.m2Days': '平方米·天',
  'inKind.heading.value': '折算价值（元）',
  'development.title': '发展党员',
  'development.heading.name': '姓名',
  'development.heading.gender': '性别',
  'development.heading.birthDate': '出生日期',
  'development.heading.idNumber': '身份证号',
  'development.heading.organization': '所在组织',
  'development.heading.post': '职务',
  'development.heading.stage': '所处阶段',
  'development.heading.stageDate': '进入本阶段日期',
  'development.heading.appliedOn': '递交入党申请书日期',
  'development.heading.nextDue': '下一步',
  'development.heading.nextDueDate': '应办日期',
  'development.heading.violations': '违反规定',
  'account.title': '账号',
  'account.heading.username': '用户名',
  'account.heading.displayName': '姓名',
  'account.heading.roles': '角色',
  'account.heading.active': '状态',
  'account.heading.mustChangePassword': '须修改初始密码',
  'account.heading.lockedUntil': '锁定至',
  'account.heading.lastLoginAt': '最近登录',
  'account.heading.createdAt': '创建时间',
  'audit.title': '操作日志',
  'audit.heading.at': '时间',
  'audit.heading.actor': '操作人',
  'audit.heading.channel': '操作',
  'audit.heading.entity': '对象',
  'audit.heading.entityId': '对象编号',
  'audit.heading.before': '修改前',
  'audit.heading.after': '修改后',
  'coverage.title': '党建覆盖组织名单',
  'coverage.heading.name': '组织名称',
  'coverage.heading.legalType': '法人类型',
  'coverage.heading.stage': '所处阶段',
  'coverage.heading.status': '党组织状态',
  'coverage.heading.since': '状态起始日期',
  'coverage.heading.coveringBranch': '覆盖党组织',
  'coverage.heading.fullMembers': '正式党员数',
  'coverage.heading.shouldForm': '应单独组建',
  'coverage.heading.instructors': '党建指导员、联络员',
  'attendance.title': '{year} 年党员出席率',
  'attendance.heading.name': '姓名',
  'attendance.heading.group': '党小组',
  'attendance.heading.expected': '应到次数',
  'attendance.heading.present': '实到次数',
  'attendance.heading.rate': '出席率',
  'instructors.title': '党建指导员、联络员（{date}）',
  'instructors.heading.name': '姓名',
  'instructors.heading.kind': '类别',
  'instructors.heading.roles': '担任',
  'instructors.heading.phone': '联系电话',
  'instructors.heading.count': '联系组织数',
  'instructors.heading.organizations': '联系的组织',
  'word.named': '其他人员',
  'word.yes': '是',
  'word.active': '进行中',
  'word.ended': '已结束',
  'word.accountActive': '启用',
  'word.accountInactive': '停用',
  'word.separator': '、',
}

/**
 * The list's input with every row on one page. The list's schema allows pages of 20, 50 or 100 for the screen; an
 * export is built in the core, so it asks its list for one page as large as an export may be (one more, to tell
 * "too many" from "just enough").
 */
function everyRow<Q extends object>(q: Q): Q & { page: number; pageSize: PageSize } {
  return { ...q, page: 1, pageSize: (EXPORT_MAX_ROWS + 1) as PageSize }
}

function refuseTooMany(rows: number): void {
  if (rows > EXPORT_MAX_ROWS) fail('VALIDATION', 'exports.tooLarge', { rows, max: EXPORT_MAX_ROWS })
}

/** The rows of a paged list, all of them, or a refusal when there are more than an export may hold. */
async function allOf<T>(page: Page<T> | Promise<Page<T>>): Promise<T[]> {
  const { items, total } = await page
  refuseTooMany(total)
  return items
}

/** The file, recorded in 操作日志 as an export of `table` with its filters (never the words sent with it). */
async function exportFile<R>(
  env: HandlerEnv,
  table: string,
  filters: Record<string, unknown>,
  title: string,
  columns: SheetColumn<R>[],
  rows: readonly R[],
  extra: Record<string, unknown> = {},
): Promise<ExportFile> {
  const content = await tableToXlsx(title, columns, rows)
  const { labels: _labels, ...filtersShown } = filters
  env.audit({
    entity: 'export',
    entityId: null,
    before: null,
    after: { table, rows: rows.length, filters: filtersShown, ...extra },
  })
  return {
    fileName: `${title}-${env.clock.today()}.xlsx`,
    contentBase64: content.toString('base64'),
    rows: rows.length,
  }
}

/**
 * The words of one export: the renderer sends them without the table (`heading.date`, `gender.male`); the zh-CN
 * defaults of the table's own keys are kept under `<table>.` above.
 */
function wordsOf(table: string, labels: Labels) {
  const defaults: Labels = { ...DEFAULT_LABELS }
  for (const [key, text] of Object.entries(DEFAULT_LABELS))
    if (key.startsWith(`${table}.`)) defaults[key.slice(table.length + 1)] = text
  const label = labelsWith(defaults)
  return (key: string, params: Record<string, string | number> = {}) => label(labels, key, params)
}

/** 身份证号 written anywhere in a text (an audit entry's before/after), masked. */
const ID_NUMBER_IN_TEXT = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/g
const maskIdNumbersIn = (text: string): string => text.replace(ID_NUMBER_IN_TEXT, (n) => maskIdNumber(n))

const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : maskIdNumbersIn(JSON.stringify(value))

function run<C extends Channel>(
  handlers: Partial<Record<C, { run: (env: HandlerEnv, input: ParsedInput<C>) => unknown }>>,
  channel: C,
) {
  const handler = handlers[channel]
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler.run.bind(handler)
}

export const listExportHandlers = defineHandlers({
  /** 空间分配, as filtered on the 分配 page (unit, organisation, ending soon, in force on a day, voided too). */
  'allocation.export': {
    permission: 'space.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('allocation', q.labels)
      const { labels: _l, ...filters } = q
      const rows = await allOf(
        run(allocationHandlers, 'allocation.list')(env, everyRow(filters)) as Page<Allocation>,
      )
      const columns: SheetColumn<Allocation>[] = [
        { header: w('heading.unitCode'), kind: 'text', value: (r) => r.unitCode },
        { header: w('heading.unitType'), value: (r) => w(`unitType.${r.unitType}`) },
        { header: w('heading.floor'), value: (r) => r.floorName },
        { header: w('heading.area'), value: (r) => r.areaM2 },
        { header: w('heading.organization'), value: (r) => r.organizationName },
        { header: w('heading.startDate'), kind: 'date', value: (r) => r.startDate },
        { header: w('heading.endDate'), kind: 'date', value: (r) => r.endDate },
        { header: w('heading.note'), value: (r) => r.note },
        { header: w('heading.cancelledAt'), kind: 'datetime', value: (r) => r.cancelledAt },
      ]
      return exportFile(env, 'allocations', q, w('title'), columns, rows)
    },
  },
  /** 场地预约 in the range on screen (at most 62 days, as the calendar), for the units chosen. */
  'booking.export': {
    permission: 'space.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('booking', q.labels)
      const { labels: _l, ...filters } = q
      const rows = (await run(bookingHandlers, 'booking.list')(env, filters)) as Booking[]
      refuseTooMany(rows.length)
      const columns: SheetColumn<Booking>[] = [
        { header: w('heading.date'), kind: 'date', value: (r) => r.date },
        { header: w('heading.startTime'), kind: 'text', value: (r) => r.startTime },
        { header: w('heading.endTime'), kind: 'text', value: (r) => r.endTime },
        {
          header: w('heading.unit'),
          kind: 'text',
          value: (r) => (r.unitName ? `${r.unitCode} ${r.unitName}` : r.unitCode),
        },
        { header: w('heading.bookerKind'), value: (r) => w(`bookerKind.${r.bookerKind}`) },
        { header: w('heading.booker'), value: (r) => r.bookerName },
        { header: w('heading.title'), value: (r) => r.title },
        { header: w('heading.attendees'), kind: 'integer', value: (r) => r.attendees },
        { header: w('heading.series'), value: (r) => (r.seriesId === null ? null : w('word.yes')) },
      ]
      return exportFile(env, 'bookings', q, w('title'), columns, rows)
    },
  },
  /** 导师结对 of a mentor or an organisation, ended ones too unless left out (as the list). */
  'pairing.export': {
    permission: 'mentoring.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('pairing', q.labels)
      const { labels: _l, ...filters } = q
      const rows = (await run(mentorHandlers, 'pairing.list')(env, filters)) as Pairing[]
      const sep = w('word.separator')
      const columns: SheetColumn<Pairing>[] = [
        { header: w('heading.mentor'), value: (r) => r.mentorName },
        { header: w('heading.organization'), value: (r) => r.organizationName },
        {
          header: w('heading.dimensions'),
          value: (r) => r.dimensions.map((d) => w(`dimension.${d}`)).join(sep),
        },
        { header: w('heading.startDate'), kind: 'date', value: (r) => r.startDate },
        { header: w('heading.endDate'), kind: 'date', value: (r) => r.endDate },
        { header: w('heading.monthlyHours'), value: (r) => r.monthlyHours },
        { header: w('heading.active'), value: (r) => w(r.active ? 'word.active' : 'word.ended') },
        { header: w('heading.note'), value: (r) => r.note },
      ]
      return exportFile(env, 'pairings', q, w('title'), columns, rows)
    },
  },
  /**
   * 发展党员 as filtered (stage, search). 身份证号 are masked unless full numbers are asked for, which needs
   * 查看完整身份证号码 (as the roster); the audit entry says which.
   */
  'development.export': {
    permission: 'branch.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      if (q.revealIdNumbers && !actorCan(env.actor, 'member.reveal')) fail('FORBIDDEN', 'common.forbidden')
      const w = wordsOf('development', q.labels)
      const { labels: _l, revealIdNumbers, ...filters } = q
      const rows = await allOf(
        run(developmentHandlers, 'development.list')(env, everyRow(filters)) as Page<DevelopmentListItem>,
      )
      const full = revealIdNumbers
        ? new Map(
            (
              env.db
                .prepare(
                  'SELECT id, id_number FROM development_record WHERE id IN (SELECT value FROM json_each(?))',
                )
                .raw()
                .all(JSON.stringify(rows.map((r) => r.id))) as [number, string][]
            ).map(([id, n]) => [id, n]),
          )
        : null
      const sep = w('word.separator')
      const columns: SheetColumn<DevelopmentListItem>[] = [
        { header: w('heading.name'), value: (r) => r.name },
        { header: w('heading.gender'), value: (r) => w(`gender.${r.gender}`) },
        { header: w('heading.birthDate'), kind: 'date', value: (r) => r.birthDate },
        { header: w('heading.idNumber'), kind: 'text', value: (r) => full?.get(r.id) ?? r.idNumberMasked },
        { header: w('heading.organization'), value: (r) => r.organizationName },
        { header: w('heading.post'), value: (r) => r.post },
        { header: w('heading.stage'), value: (r) => w(`stage.${r.stage}`) },
        { header: w('heading.stageDate'), kind: 'date', value: (r) => r.stageDate },
        { header: w('heading.appliedOn'), kind: 'date', value: (r) => r.appliedOn },
        { header: w('heading.nextDue'), value: (r) => (r.nextDue ? w(`check.${r.nextDue.key}`) : null) },
        { header: w('heading.nextDueDate'), kind: 'date', value: (r) => r.nextDue?.dueDate ?? null },
        { header: w('heading.violations'), value: (r) => r.violations.map((k) => w(`check.${k}`)).join(sep) },
      ]
      return exportFile(env, 'development', q, w('title'), columns, rows, {
        idNumbers: revealIdNumbers ? 'full' : 'masked',
      })
    },
  },
  /**
   * 待办提醒 as the queue shows it (open or handled, kind, severity), most urgent first, in the user's words: the
   * titles are worded from the `titles.*` texts sent with the export, as on screen.
   */
  'reminder.export': {
    permission: 'session',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('reminder', q.labels)
      const { labels: _l, ...filters } = q
      const rows = await allOf(run(reminderHandlers, 'reminder.list')(env, everyRow(filters)) as ReminderPage)
      type Row = ReminderPage['items'][number]
      const columns: SheetColumn<Row>[] = [
        { header: w('heading.severity'), value: (r) => w(`severity.${r.severity}`) },
        { header: w('heading.kind'), value: (r) => w(`kind.${r.kind}`) },
        { header: w('heading.title'), value: (r) => reminderTitle(r.kind, r.params, q.labels) },
        { header: w('heading.dueDate'), kind: 'date', value: (r) => r.dueDate },
        {
          header: w('heading.overdueDays'),
          kind: 'integer',
          value: (r) => (r.daysLeft < 0 ? -r.daysLeft : null),
        },
        {
          header: w('heading.daysLeft'),
          kind: 'integer',
          value: (r) => (r.daysLeft >= 0 ? r.daysLeft : null),
        },
        {
          header: w('heading.handling'),
          value: (r) => (r.handling ? w(`action.${r.handling.action}`) : null),
        },
        { header: w('heading.snoozeUntil'), kind: 'date', value: (r) => r.handling?.snoozeUntil ?? null },
        { header: w('heading.reason'), value: (r) => r.handling?.reason ?? null },
        { header: w('heading.handledBy'), value: (r) => r.handling?.createdBy ?? null },
        { header: w('heading.handledAt'), kind: 'datetime', value: (r) => r.handling?.createdAt ?? null },
      ]
      return exportFile(env, 'reminders', q, w('title'), columns, rows)
    },
  },
  /** 账号: every account with its roles and state (never a password or its hash). */
  'account.export': {
    permission: 'account.manage',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('account', q.labels)
      const rows = (await run(accountHandlers, 'account.list')(env, {})) as Account[]
      const sep = w('word.separator')
      const columns: SheetColumn<Account>[] = [
        { header: w('heading.username'), kind: 'text', value: (r) => r.username },
        { header: w('heading.displayName'), value: (r) => r.displayName },
        { header: w('heading.roles'), value: (r) => r.roles.map((role) => w(`role.${role}`)).join(sep) },
        {
          header: w('heading.active'),
          value: (r) => w(r.active ? 'word.accountActive' : 'word.accountInactive'),
        },
        {
          header: w('heading.mustChangePassword'),
          value: (r) => (r.mustChangePassword ? w('word.yes') : null),
        },
        { header: w('heading.lockedUntil'), kind: 'datetime', value: (r) => r.lockedUntil },
        { header: w('heading.lastLoginAt'), kind: 'datetime', value: (r) => r.lastLoginAt },
        { header: w('heading.createdAt'), kind: 'datetime', value: (r) => r.createdAt },
      ]
      return exportFile(env, 'accounts', q, w('title'), columns, rows)
    },
  },
  /**
   * 操作日志 as filtered (operator, object, operation, dates). Roster entries stay out for an account that may not
   * read the roster (as in the list); 身份证号 inside an entry are masked.
   */
  'audit.export': {
    permission: 'audit.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('audit', q.labels)
      const { labels: _l, ...filters } = q
      const rows = await allOf(
        run(auditHandlers, 'audit.list')(env, everyRow(filters)) as Page<AuditEntryView>,
      )
      const columns: SheetColumn<AuditEntryView>[] = [
        { header: w('heading.at'), kind: 'datetime', value: (r) => r.at },
        { header: w('heading.actor'), value: (r) => r.actor },
        {
          header: w('heading.channel'),
          value: (r) => q.labels[`channel.${r.channel.replace('.', '_')}`] ?? r.channel,
        },
        { header: w('heading.entity'), value: (r) => q.labels[`entity.${r.entity}`] ?? r.entity },
        { header: w('heading.entityId'), kind: 'integer', value: (r) => r.entityId },
        { header: w('heading.before'), value: (r) => json(r.before) },
        { header: w('heading.after'), value: (r) => json(r.after) },
      ]
      return exportFile(env, 'audit', q, w('title'), columns, rows)
    },
  },
  /** The organisations behind one figure of 党建覆盖 (the click-through list), as searched. */
  'coverage.organizationsExport': {
    permission: 'coverage.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('coverage', q.labels)
      const { labels: _l, ...filters } = q
      const rows = await allOf(
        run(coverageRateHandlers, 'coverage.organizations')(
          env,
          everyRow(filters),
        ) as Page<CoverageOrganization>,
      )
      const sep = w('word.separator')
      const columns: SheetColumn<CoverageOrganization>[] = [
        { header: w('heading.name'), value: (r) => r.name },
        { header: w('heading.legalType'), value: (r) => w(`legalType.${r.legalType}`) },
        { header: w('heading.stage'), value: (r) => w(`stage.${r.stage}`) },
        { header: w('heading.status'), value: (r) => w(`status.${r.status}`) },
        { header: w('heading.since'), kind: 'date', value: (r) => r.statusSince },
        { header: w('heading.coveringBranch'), value: (r) => r.coveringBranch },
        { header: w('heading.fullMembers'), kind: 'integer', value: (r) => r.fullMembers },
        { header: w('heading.shouldForm'), value: (r) => (r.shouldForm ? w('word.yes') : null) },
        { header: w('heading.instructors'), value: (r) => r.instructors.join(sep) || null },
      ]
      return exportFile(env, 'coverageOrganizations', q, w('title'), columns, rows, {
        bucket: q.bucket,
        date: q.date ?? env.clock.today(),
      })
    },
  },
  /** 党员出席率 of a year (the 三会一课合规 page), lowest first as on screen. */
  'compliance.attendanceExport': {
    permission: 'branch.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('attendance', q.labels)
      const report = (await run(complianceHandlers, 'compliance.attendance')(env, {
        year: q.year,
      })) as AttendanceReport
      type Row = AttendanceReport['rows'][number]
      const columns: SheetColumn<Row>[] = [
        { header: w('heading.name'), value: (r) => r.name },
        { header: w('heading.group'), value: (r) => r.groupName },
        { header: w('heading.expected'), kind: 'integer', value: (r) => r.expected },
        { header: w('heading.present'), kind: 'integer', value: (r) => r.present },
        // As on screen: percentage points to one decimal.
        { header: w('heading.rate'), kind: 'percent', value: (r) => Math.round(r.rate * 1000) / 10 },
      ]
      return exportFile(env, 'attendance', q, w('title', { year: q.year }), columns, report.rows)
    },
  },
  /**
   * 免费空间折算价值 of a year: each organisation's allocated m²·days and their value at the reference rent, as the
   * 占用统计 page lists them (most value first).
   */
  'occupancy.inKindExport': {
    permission: 'space.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('inKind', q.labels)
      const report = (await run(occupancyHandlers, 'occupancy.inKind')(env, { year: q.year })) as InKindReport
      type Row = InKindReport['rows'][number]
      const columns: SheetColumn<Row>[] = [
        { header: w('heading.organization'), value: (r) => r.organizationName },
        { header: w('heading.m2Days'), value: (r) => r.m2Days },
        { header: w('heading.value'), kind: 'money', value: (r) => r.valueFen },
      ]
      return exportFile(env, 'inKind', q, w('title', { year: q.year }), columns, report.rows, {
        referenceRentFen: report.referenceRentFen,
      })
    },
  },
  /** 党建指导员、联络员 on a date, with the organisations each serves. */
  'partyOrg.instructorsExport': {
    permission: 'coverage.read',
    write: false,
    run: async (env, q): Promise<ExportFile> => {
      const w = wordsOf('instructors', q.labels)
      const date = q.date ?? env.clock.today()
      const view = (await run(crossPostHandlers, 'partyOrg.instructors')(env, { date })) as InstructorsView
      type Row = InstructorsView['rows'][number]
      const sep = w('word.separator')
      const columns: SheetColumn<Row>[] = [
        { header: w('heading.name'), value: (r) => r.name },
        {
          header: w('heading.kind'),
          value: (r) => (r.mentorKind ? w(`mentorKind.${r.mentorKind}`) : w('word.named')),
        },
        { header: w('heading.roles'), value: (r) => r.roles.map((role) => w(`role.${role}`)).join(sep) },
        { header: w('heading.phone'), kind: 'text', value: (r) => r.phone },
        { header: w('heading.count'), kind: 'integer', value: (r) => r.organizations.length },
        {
          header: w('heading.organizations'),
          value: (r) => r.organizations.map((o) => o.organizationName).join(sep),
        },
      ]
      return exportFile(env, 'instructors', q, w('title', { date }), columns, view.rows, { date })
    },
  },
})
