import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/** The sidebar, in the glossary's order. `ready` marks the modules that exist. */
export const NAV_ITEMS = [
  { key: 'dashboard', path: '/dashboard', icon: 'Odometer', ready: false },
  { key: 'organizations', path: '/organizations', icon: 'OfficeBuilding', ready: true },
  { key: 'space', path: '/space', icon: 'Grid', ready: false },
  { key: 'mentoring', path: '/mentoring', icon: 'ChatDotRound', ready: false },
  { key: 'projects', path: '/projects', icon: 'Money', ready: false },
  { key: 'partyCoverage', path: '/party-coverage', icon: 'Flag', ready: false },
  { key: 'branch', path: '/branch', icon: 'Star', ready: false },
  { key: 'reports', path: '/reports', icon: 'DataAnalysis', ready: false },
  { key: 'settings', path: '/settings', icon: 'Setting', ready: true },
] as const
export type NavKey = (typeof NAV_ITEMS)[number]['key']

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/organizations' },
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
    path: '/settings',
    name: 'settings',
    component: () => import('@/views/settings/SettingsView.vue'),
    meta: { nav: 'settings' },
  },
  ...NAV_ITEMS.filter((item) => !item.ready).map((item): RouteRecordRaw => ({
    path: item.path,
    name: item.key,
    component: () => import('@/views/pending/ModulePending.vue'),
    props: { module: item.key },
    meta: { nav: item.key },
  })),
  { path: '/:rest(.*)*', redirect: '/organizations' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
