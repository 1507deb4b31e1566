import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SystemSettings, SystemStatus } from '@shared/entities'
import type { ChannelInput } from '@shared/contract'
import { call } from '@/api'
import { useAuthStore } from './auth'

export const useSystemStore = defineStore('system', () => {
  const status = ref<SystemStatus | null>(null)
  const loading = ref(false)

  async function refresh(): Promise<SystemStatus> {
    loading.value = true
    try {
      status.value = await call('system.status', {})
      return status.value
    } finally {
      loading.value = false
    }
  }

  /** 首次启动: the base and its administrator, who is signed in at once. */
  async function setup(input: ChannelInput<'system.setup'>): Promise<void> {
    const result = await call('system.setup', input)
    status.value = result.status
    useAuthStore().signedIn(result.login)
  }

  async function updateBase(baseName: string, totalAreaM2: number): Promise<void> {
    status.value = await call('system.updateBase', { baseName, totalAreaM2 })
  }

  const settings = (): Promise<SystemSettings> => call('system.settings', {})
  const updateSettings = (input: SystemSettings): Promise<SystemSettings> =>
    call('system.updateSettings', input)

  async function loadDemo(): Promise<number> {
    const result = await call('demo.load', {})
    await refresh()
    return result.organizations
  }

  return { status, loading, refresh, setup, updateBase, settings, updateSettings, loadDemo }
})
