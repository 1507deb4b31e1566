import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { Channel } from '@shared/channels'
import type { ChannelInput } from '@shared/contract'
import type { OrganizationDetail, OrganizationListItem } from '@shared/entities'
import type { LegalType, PageSize, ServiceArea, Stage } from '@shared/enums'
import type { OrganizationSortField } from '@shared/schemas'
import { call } from '@/api'

export type ArchiveScope = 'active' | 'archived' | 'all'

export interface OrganizationFilters {
  search: string
  legalTypes: LegalType[]
  stages: Stage[]
  serviceArea: ServiceArea | ''
  entryYear: number | ''
  archived: ArchiveScope
}

export function emptyFilters(): OrganizationFilters {
  return { search: '', legalTypes: [], stages: [], serviceArea: '', entryYear: '', archived: 'active' }
}

/** 入驻组织: the list as the user left it (filters, sort, page), and the writes. */
export const useOrganizationsStore = defineStore('organizations', () => {
  const filters = reactive<OrganizationFilters>(emptyFilters())
  const sort = reactive<{ by: OrganizationSortField; order: 'asc' | 'desc' }>({
    by: 'updatedAt',
    order: 'desc',
  })
  const page = ref(1)
  const pageSize = ref<PageSize>(20)
  const items = ref<OrganizationListItem[]>([])
  const total = ref(0)
  const loading = ref(false)
  const entryYears = ref<number[]>([])
  let latestRequest = 0

  function query(): ChannelInput<'organization.list'> {
    return {
      page: page.value,
      pageSize: pageSize.value,
      sortBy: sort.by,
      sortOrder: sort.order,
      archived: filters.archived,
      ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
      ...(filters.legalTypes.length ? { legalTypes: filters.legalTypes } : {}),
      ...(filters.stages.length ? { stages: filters.stages } : {}),
      ...(filters.serviceArea ? { serviceArea: filters.serviceArea } : {}),
      ...(filters.entryYear !== '' ? { entryYear: filters.entryYear } : {}),
    }
  }

  async function load(): Promise<void> {
    const request = ++latestRequest
    loading.value = true
    try {
      const [result, options] = await Promise.all([
        call('organization.list', query()),
        call('organization.filterOptions', {}),
      ])
      // A slower, older answer must not overwrite a newer one.
      if (request !== latestRequest) return
      items.value = result.items
      total.value = result.total
      entryYears.value = options.entryYears
      const lastPage = Math.max(1, Math.ceil(result.total / pageSize.value))
      if (page.value > lastPage) {
        page.value = lastPage
        await load()
      }
    } finally {
      if (request === latestRequest) loading.value = false
    }
  }

  function resetFilters(): void {
    Object.assign(filters, emptyFilters())
    page.value = 1
  }

  const get = (id: number) => call('organization.get', { id })
  const write = <C extends Channel>(channel: C, input: ChannelInput<C>) => call(channel, input)

  async function create(input: ChannelInput<'organization.create'>): Promise<OrganizationDetail> {
    return write('organization.create', input)
  }
  async function update(input: ChannelInput<'organization.update'>): Promise<OrganizationDetail> {
    return write('organization.update', input)
  }
  async function changeStage(input: ChannelInput<'organization.changeStage'>): Promise<OrganizationDetail> {
    return write('organization.changeStage', input)
  }
  async function archive(id: number, reason: string | null): Promise<OrganizationDetail> {
    return write('organization.archive', { id, reason })
  }
  async function restore(id: number): Promise<OrganizationDetail> {
    return write('organization.restore', { id })
  }

  return {
    /** The list's query as on screen (the 导出 Excel sends its filters). */
    query,
    filters,
    sort,
    page,
    pageSize,
    items,
    total,
    loading,
    entryYears,
    load,
    resetFilters,
    get,
    create,
    update,
    changeStage,
    archive,
    restore,
  }
})
