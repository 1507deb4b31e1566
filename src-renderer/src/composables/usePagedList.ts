import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { Page } from '@shared/entities'
import type { PageSize } from '@shared/enums'
import { useNotice } from './useNotice'

/**
 * The state of a server-paged table: the page asked for, its rows and total, a loading flag. `fetch` gets the
 * page and size to ask the core for; `search()` starts again from page 1 (new filters).
 */
export function usePagedList<T>(fetch: (page: number, pageSize: PageSize) => Promise<Page<T>>) {
  const { errorText } = useNotice()
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref<PageSize>(20)
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const result = await fetch(page.value, pageSize.value)
      items.value = result.items
      total.value = result.total
    } catch (err) {
      ElMessage.error(errorText(err))
    } finally {
      loading.value = false
    }
  }

  function search(): void {
    page.value = 1
    void load()
  }

  return { items, total, page, pageSize, loading, load, search }
}
