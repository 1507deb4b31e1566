// What another page asked a list to show: the 工作台's figures and 全局搜索 open a list already filtered (or a record
// already open) through the address's query, e.g. `/organizations?stage=incubating`, `/space/units?unit=12`. A value
// that is missing or not one the list knows is ignored, so a stale or hand-typed address shows the plain list.
import { watch } from 'vue'
import { useRoute } from 'vue-router'

export function useRouteQuery() {
  // A list mounted without a router (a component test, an embedded card) simply has no query.
  const route = useRoute() as ReturnType<typeof useRoute> | undefined
  const raw = (key: string): string | null => {
    const value = route?.query[key]
    const first = Array.isArray(value) ? value[0] : value
    return typeof first === 'string' && first !== '' ? first : null
  }
  return {
    /** A positive whole number (an id, a year), or null. */
    id(key: string): number | null {
      const text = raw(key)
      const n = text !== null && /^\d{1,9}$/.test(text) ? Number(text) : 0
      return n > 0 ? n : null
    },
    /** One of `values`, or null. */
    oneOf<T extends string>(key: string, values: readonly T[]): T | null {
      const text = raw(key)
      return values.find((v) => v === text) ?? null
    },
    /** A comma-separated list of `values` (unknown ones dropped), or null when none is left. */
    listOf<T extends string>(key: string, values: readonly T[]): T[] | null {
      const parts = (raw(key) ?? '').split(',')
      const known = values.filter((v) => parts.includes(v))
      return known.length > 0 ? known : null
    },
    /** A `YYYY-MM` month, or null. */
    month(key: string): string | null {
      const text = raw(key)
      return text !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : null
    },
    flag(key: string): boolean {
      return raw(key) === '1'
    },
    /**
     * Opens the record named by `key` (an id) now and whenever the address names another one while the page stays
     * open (全局搜索 from the same page).
     */
    openFromQuery(key: string, open: (id: number) => void): void {
      watch(
        () => route?.query[key],
        () => {
          const text = raw(key)
          if (text !== null && /^\d{1,9}$/.test(text) && Number(text) > 0) open(Number(text))
        },
        { immediate: true },
      )
    },
  }
}
