import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ChannelInput } from '@shared/contract'
import type { Floor, SpaceSettings, SpaceUnit } from '@shared/entities'
import { call } from '@/api'

export interface OrganizationOption {
  id: number
  name: string
}

/** 空间管理: the floors and the 场地规则, loaded once and shared by the tabs; the plan's floor and date. */
export const useSpaceStore = defineStore('space', () => {
  const floors = ref<Floor[]>([])
  const settings = ref<SpaceSettings | null>(null)
  /** The floor and date the plan shows, kept while the user moves between tabs. */
  const planFloorId = ref<number | null>(null)
  const planDate = ref<string>('')
  /** Goes up after every write, so the open tabs (plan, lists, the expiring card) load again. */
  const revision = ref(0)
  const touch = (): void => {
    revision.value++
  }

  async function loadFloors(): Promise<Floor[]> {
    floors.value = await call('space.floors', {})
    if (!floors.value.some((f) => f.id === planFloorId.value)) planFloorId.value = floors.value[0]?.id ?? null
    return floors.value
  }

  async function saveFloor(input: ChannelInput<'space.floorSave'>): Promise<Floor> {
    const floor = await call('space.floorSave', input)
    await loadFloors()
    return floor
  }

  async function loadSettings(force = false): Promise<SpaceSettings> {
    if (!settings.value || force) settings.value = await call('space.settings', {})
    return settings.value
  }

  async function updateSettings(input: SpaceSettings): Promise<SpaceSettings> {
    settings.value = await call('space.updateSettings', input)
    return settings.value
  }

  /** Every unit matching the filter, all pages (for pickers and the booking calendar). */
  async function allUnits(
    filter: Omit<ChannelInput<'space.units'>, 'page' | 'pageSize'> = {},
  ): Promise<SpaceUnit[]> {
    const units: SpaceUnit[] = []
    for (let page = 1; page <= 50; page++) {
      const result = await call('space.units', { ...filter, page, pageSize: 100 })
      units.push(...result.items)
      if (units.length >= result.total || result.items.length === 0) break
    }
    return units
  }

  /** Organisations for a remote select, by name (archived ones left out). */
  async function searchOrganizations(text: string): Promise<OrganizationOption[]> {
    const page = await call('organization.list', {
      pageSize: 20,
      sortBy: 'name',
      sortOrder: 'asc',
      ...(text.trim() ? { search: text.trim() } : {}),
    })
    return page.items.map((o) => ({ id: o.id, name: o.name }))
  }

  return {
    floors,
    settings,
    planFloorId,
    planDate,
    revision,
    touch,
    loadFloors,
    saveFloor,
    loadSettings,
    updateSettings,
    allUnits,
    searchOrganizations,
  }
})
