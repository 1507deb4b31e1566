import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SystemStatus } from '@shared/entities'
import { call } from '@/api'

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

  async function setup(baseName: string, totalAreaM2: number): Promise<void> {
    status.value = await call('system.setup', { baseName, totalAreaM2 })
  }

  async function updateBase(baseName: string, totalAreaM2: number): Promise<void> {
    status.value = await call('system.updateBase', { baseName, totalAreaM2 })
  }

  async function loadDemo(): Promise<number> {
    const result = await call('demo.load', {})
    await refresh()
    return result.organizations
  }

  return { status, loading, refresh, setup, updateBase, loadDemo }
})
