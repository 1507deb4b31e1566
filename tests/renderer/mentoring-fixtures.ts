// Realistic 陪伴指导 values as the core sends them, for the mentoring-*.test.ts suites.
import type { ActionItem, ActionItemPage, CoachingSession, MentorOption } from '@shared/entities'

/** What the core grants the 导师 role (src-main/core/auth/roles.ts), plus the session. */
export const MENTOR = [
  'session',
  'organization.read',
  'space.read',
  'booking.write',
  'mentoring.read',
  'mentoring.write',
]

export const MENTORS: MentorOption[] = [
  { id: 3, name: '李建华', kind: 'staff', active: true, accountId: 1 },
  { id: 4, name: '张慧敏', kind: 'expert', active: true, accountId: null },
  { id: 5, name: '赵老师', kind: 'party_instructor', active: false, accountId: null },
]

export const ORG = { id: 7, name: '福山区星火青少年服务中心' }
export const OTHER_ORG = { id: 8, name: '福山区夕阳红养老服务中心' }

export function actionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 21,
    sessionId: 51,
    sessionDate: '2026-11-10',
    organizationId: ORG.id,
    organizationName: ORG.name,
    mentorId: 3,
    mentorName: '李建华',
    title: '修订年度项目计划书',
    owner: 'organization',
    dueDate: '2026-11-20',
    status: 'open',
    overdueDays: 7,
    closedAt: null,
    closedBy: null,
    closeNote: null,
    ...overrides,
  }
}

export function coachingSession(overrides: Partial<CoachingSession> = {}): CoachingSession {
  return {
    id: 51,
    organizationId: ORG.id,
    organizationName: ORG.name,
    mentorId: 4,
    mentorName: '张慧敏',
    date: '2026-11-10',
    startTime: '14:00',
    endTime: '16:30',
    endsNextDay: false,
    durationMinutes: 150,
    mode: 'onsite',
    dimensions: ['project_design', 'capacity'],
    topics: '年度项目设计',
    workDone: '梳理了 2027 年青少年服务项目的目标和预算。',
    problems: '项目目标不够具体',
    advice: '按 SMART 原则改写目标',
    feedbackScore: null,
    feedbackComment: null,
    openItems: 1,
    archived: false,
    actionItems: [actionItem({ overdueDays: 0, dueDate: '2026-11-30' })],
    attachments: [],
    archiveReason: null,
    editable: true,
    updatedAt: '2026-11-10 17:00:00',
    ...overrides,
  }
}

export function itemPage(items: ActionItem[], overrides: Partial<ActionItemPage> = {}): ActionItemPage {
  return { items, total: items.length, page: 1, pageSize: 20, byMentor: [], byOrganization: [], ...overrides }
}
