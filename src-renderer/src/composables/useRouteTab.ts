import { computed, type WritableComputedRef } from 'vue'
import { useRouter } from 'vue-router'

/**
 * The tab of a page that keeps its tab in the address (`/<base>/<tab>`): read from the route's `tab` (an unknown
 * or missing one gives the first), written by replacing the address, so the back button leaves the page.
 */
export function useRouteTab<T extends string>(
  tabs: readonly T[] | (() => readonly T[]),
  base: string,
  current: () => string | undefined,
): WritableComputedRef<T> {
  const router = useRouter()
  const list = typeof tabs === 'function' ? tabs : () => tabs
  return computed<T>({
    get: () => list().find((tab) => tab === current()) ?? (list()[0] as T),
    set: (tab) => void router.replace(`${base}/${tab}`),
  })
}
