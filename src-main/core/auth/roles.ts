// Who may do what. Every handler declares one permission; this table grants permissions to roles.
// tests/core/permissions.test.ts checks every channel against every role.
import type { Role } from '../../shared/enums'

export const PERMISSIONS = {
  public: '无需登录（登录、首次启动）',
  session: '任何已登录的账号',
  'system.manage': '基地信息、系统设置、示例数据',
  'organization.read': '查看入驻组织',
  'organization.write': '新增、编辑、变更阶段、归档入驻组织',
  'account.manage': '管理账号：新增、停用、分配角色、重置密码',
  'audit.read': '查看操作日志',
  'backup.manage': '备份与恢复',
  'member.read': '查看党员名册（身份证号码遮蔽）',
  'member.write': '登记、编辑党员',
  'member.reveal': '查看完整身份证号码（每次记入操作日志）',
  'space.read': '查看平面图、空间单元、分配、预约和占用统计',
  'space.write': '管理楼层、空间单元、维修停用和分配',
  'booking.write': '预约和取消预约房间',
  'mentoring.read': '查看导师、结对、指导记录、待办事项、能力评估和指导统计',
  'mentoring.write':
    '登记和修改指导记录、待办事项、指导计划和能力评估（过了指导当日只能改本人的记录，管理员除外）',
  'mentoring.manage': '管理导师和结对',
  'branch.read': '查看支部、班子、党小组、会议记录、三会一课合规和发展党员',
  'branch.write': '管理支部、班子和党小组，登记会议记录和发展党员',
  'dues.read': '查看党费基数、应缴、缴纳和欠缴',
  'dues.write': '登记党费基数和缴纳',
  'coverage.read': '查看入驻组织的党建覆盖、覆盖率、两关六同步和双向进入、交叉任职',
  'honour.write': '登记、修改和归档荣誉（组织的和个人的，含创先争优）',
  'coverage.write': '登记入驻组织的党组织状态、党建指导员/联络员、党员和两关六同步',
} as const
export type Permission = keyof typeof PERMISSIONS

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'system.manage',
    'organization.read',
    'organization.write',
    'account.manage',
    'audit.read',
    'backup.manage',
    'space.read',
    'space.write',
    'mentoring.read',
    'mentoring.write',
    'mentoring.manage',
    'coverage.read',
    'honour.write',
  ],
  front_desk: [
    'organization.read',
    'organization.write',
    'space.read',
    'space.write',
    'booking.write',
    'mentoring.read',
    'mentoring.manage',
    'coverage.read',
    'honour.write',
  ],
  mentor: [
    'organization.read',
    'space.read',
    'booking.write',
    'mentoring.read',
    'mentoring.write',
    'coverage.read',
  ],
  branch_secretary: [
    'organization.read',
    'member.read',
    'member.write',
    'member.reveal',
    'branch.read',
    'branch.write',
    'dues.read',
    'dues.write',
    'coverage.read',
    'honour.write',
    'coverage.write',
    'audit.read',
    'space.read',
    'booking.write',
    'mentoring.read',
  ],
  party_affairs: [
    'organization.read',
    'member.read',
    'member.write',
    'member.reveal',
    'branch.read',
    'branch.write',
    'dues.read',
    'dues.write',
    'coverage.read',
    'honour.write',
    'coverage.write',
    'space.read',
    'booking.write',
    'mentoring.read',
  ],
  read_only: ['organization.read', 'space.read', 'mentoring.read', 'coverage.read'],
}

/** The union of what the roles grant, plus what every signed-in account may do. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const granted = new Set<Permission>(['session'])
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p)
  return granted
}
