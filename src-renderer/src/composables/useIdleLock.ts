import { onBeforeUnmount, onMounted } from 'vue'
import { useAuthStore } from '@/stores/auth'

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const
const TOUCH_EVERY_MS = 60_000
const CHECK_EVERY_MS = 5_000

/**
 * Locks the app after the idle time of 系统设置. The core enforces the same limit on every call; this side
 * locks the screen on time and tells the core about activity that made no call.
 */
export function useIdleLock(): void {
  const auth = useAuthStore()
  let lastActivity = Date.now()
  let lastTouch = Date.now()
  let timer: ReturnType<typeof setInterval> | undefined

  const onActivity = (): void => {
    lastActivity = Date.now()
    if (!auth.locked && auth.session && lastActivity - lastTouch > TOUCH_EVERY_MS) {
      lastTouch = lastActivity
      auth.touch().catch(() => undefined)
    }
  }

  const check = (): void => {
    const minutes = auth.session?.idleLockMinutes
    if (!minutes || auth.locked) return
    if (Date.now() - lastActivity >= minutes * 60_000) auth.lock().catch(() => undefined)
  }

  onMounted(() => {
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true })
    timer = setInterval(check, CHECK_EVERY_MS)
  })
  onBeforeUnmount(() => {
    for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity)
    clearInterval(timer)
  })
}
