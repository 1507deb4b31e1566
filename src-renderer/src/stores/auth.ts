import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AuthStatus, LoginResult, SessionInfo } from '@shared/entities'
import { call, onAuthProblem, setSession } from '@/api'

/** 登录状态: who is signed in, with what permissions, and whether the app is locked. */
export const useAuthStore = defineStore('auth', () => {
  const status = ref<AuthStatus | null>(null)
  /** Set when the core ended the session on its own (a restore, a role change, a password reset). */
  const sessionEnded = ref(false)

  const session = computed(() => status.value?.session ?? null)
  const user = computed(() => session.value?.user ?? null)
  const locked = computed(() => session.value?.locked ?? false)
  const permissions = computed(() => new Set(user.value?.permissions ?? []))
  const can = (permission: string): boolean => permissions.value.has(permission)

  function setSessionInfo(info: SessionInfo | null): void {
    if (status.value) status.value = { ...status.value, session: info }
  }

  onAuthProblem((problem) => {
    if (!status.value?.session) return
    if (problem === 'LOCKED') setSessionInfo({ ...status.value.session, locked: true })
    else {
      setSession(null)
      sessionEnded.value = true
      setSessionInfo(null)
    }
  })

  async function refresh(): Promise<AuthStatus> {
    status.value = await call('auth.status', {})
    return status.value
  }

  function signedIn(login: LoginResult): void {
    setSession(login.token)
    sessionEnded.value = false
    const { token: _token, ...info } = login
    if (status.value) status.value = { ...status.value, initialized: true, session: info }
  }

  async function login(username: string, password: string): Promise<void> {
    signedIn(await call('auth.login', { username, password }))
  }

  async function logout(): Promise<void> {
    try {
      await call('auth.logout', {})
    } finally {
      setSession(null)
      setSessionInfo(null)
    }
  }

  async function lock(): Promise<void> {
    await call('auth.lock', {})
    if (session.value) setSessionInfo({ ...session.value, locked: true })
  }

  async function unlock(password: string): Promise<void> {
    setSessionInfo(await call('auth.unlock', { password }))
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    setSessionInfo(await call('account.changePassword', { currentPassword, newPassword }))
  }

  /** Activity the core would not otherwise see (typing, reading and scrolling). */
  async function touch(): Promise<void> {
    setSessionInfo(await call('auth.touch', {}))
  }

  return {
    status,
    session,
    user,
    locked,
    sessionEnded,
    can,
    refresh,
    signedIn,
    login,
    logout,
    lock,
    unlock,
    changePassword,
    touch,
  }
})
