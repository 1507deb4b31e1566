import { ref } from 'vue'
import { useSpaceStore, type OrganizationOption } from '@/stores/space'

/**
 * The options of a remote organisation select: what the typed text finds, with the organisation already chosen
 * kept in the list (so its name still shows when a new search does not find it).
 */
export function useOrganizationSearch(chosenId: () => number | null) {
  const space = useSpaceStore()
  const organizations = ref<OrganizationOption[]>([])

  async function searchOrganizations(text: string): Promise<void> {
    try {
      const found = await space.searchOrganizations(text)
      const chosen = organizations.value.find((o) => o.id === chosenId())
      organizations.value = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found
    } catch {
      organizations.value = []
    }
  }

  /** Keeps an organisation among the options (one chosen before any search, e.g. of a record being edited). */
  function include(option: OrganizationOption): void {
    if (!organizations.value.some((o) => o.id === option.id))
      organizations.value = [option, ...organizations.value]
  }

  return { organizations, searchOrganizations, include }
}
