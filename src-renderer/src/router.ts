import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'

/**
 * The sidebar, in the glossary's order. `permission` hides a module
 * from roles that cannot use it (the core checks every call regardless).
 */
export const NAV_ITEMS = [
  { key: 'dashboard', path: '/dashboard', icon: 'Odometer', permission: null },
  {
    key: 'organizations',
    path: '/organizations',
    icon: 'OfficeBuilding',

    permission: 'organization.read',
  },
  { key: 'space', path: '/space', icon: 'Grid', permission: 'space.read' },
  { key: 'mentoring', path: '/mentoring', icon: 'ChatDotRound', permission: 'mentoring.read' },
  { key: 'projects', path: '/projects', icon: 'Money', permission: 'project.read' },
  { key: 'partyCoverage', path: '/party-coverage', icon: 'Flag', permission: 'coverage.read' },
  { key: 'branch', path: '/branch', icon: 'Star', permission: 'member.read' },
  { key: 'reports', path: '/reports', icon: 'DataAnalysis', permission: null },
  { key: 'settings', path: '/settings', icon: 'Setting', permission: null },
] as const
export type NavKey = (typeof NAV_ITEMS)[number]['key']

export const SETTINGS_TABS = [
  { key: 'base', permission: 'system.manage' },
  { key: 'space', permission: 'system.manage' },
  { key: 'mentoring', permission: 'system.manage' },
  { key: 'branch', permission: 'system.manage' },
  { key: 'coverage', permission: 'system.manage' },
  { key: 'security', permission: 'system.manage' },
  { key: 'accounts', permission: 'account.manage' },
  { key: 'backup', permission: 'backup.manage' },
  { key: 'audit', permission: 'audit.read' },
  { key: 'general', permission: null },
] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]['key']

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  {
    path: '/dashboard/:tab?',
    name: 'dashboard',
    component: () => import('@/views/dashboard/DashboardView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'dashboard' },
  },
  {
    path: '/reports/:tab?',
    name: 'reports',
    component: () => import('@/views/reports/ReportsView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'reports' },
  },
  {
    path: '/organizations',
    name: 'organizations',
    component: () => import('@/views/organizations/OrganizationList.vue'),
    meta: { nav: 'organizations' },
  },
  {
    path: '/organizations/:id(\\d+)',
    name: 'organization',
    component: () => import('@/views/organizations/OrganizationDetail.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { nav: 'organizations' },
  },
  {
    path: '/space/:tab?',
    name: 'space',
    component: () => import('@/views/space/SpaceView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'space' },
  },
  {
    path: '/mentoring/:tab?',
    name: 'mentoring',
    component: () => import('@/views/mentoring/MentoringView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'mentoring' },
  },
  {
    path: '/projects/:tab?',
    name: 'projects',
    component: () => import('@/views/projects/ProjectsView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'projects' },
  },
  {
    path: '/party-coverage/:tab?',
    name: 'partyCoverage',
    component: () => import('@/views/partyCoverage/PartyCoverageView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'partyCoverage' },
  },
  {
    path: '/branch/:tab?',
    name: 'branch',
    component: () => import('@/views/branch/BranchView.vue'),
    props: (route) => ({ tab: route.params.tab }),
    meta: { nav: 'branch' },
  },
  {
    path: '/settings/:tab?',
    name: 'settings',
    component: () => import('@/views/settings/SettingsView.vue'),
    props: (route) => ({ tab: route.params.tab, action: route.query.action }),
    meta: { nav: 'settings' },
  },
  // An address that names no page (an old bookmark) opens the landing page.
  { path: '/:rest(.*)*', redirect: '/dashboard' },
]

/**
 * Where a page sends a signed-in account that may not use it (null: it may). Checked on every navigation
 * and again whenever the account changes (AppLayout), so no page outlives a sign-in as someone else.
 */
export function redirectFor(nav: unknown, can: (permission: string) => boolean): string | null {
  const item = NAV_ITEMS.find((n) => n.key === nav)
  if (!item?.permission || can(item.permission)) return null
  return item.key === 'organizations' ? '/settings/general' : '/organizations'
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach((to) => {
    const auth = useAuthStore()
    return (auth.user && redirectFor(to.meta.nav, auth.can)) ?? true
  })
  return router
}
