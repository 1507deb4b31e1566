import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call } from '@/api'
import { useAuthStore } from './auth'

/**
 * 待办提醒 badge: the open items the account may see (the core counts them by the same rule as the queue).
 * Refreshed on sign-in, on every route change and after a snooze, dismiss or undo.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const open = ref(0)
  const overdue = ref(0)
  /** Goes up after every decision, so an open queue reloads. */
  const revision = ref(0)

  async function refresh(): Promise<void> {
    const auth = useAuthStore()
    if (!auth.user || auth.user.mustChangePassword || auth.locked) {
      open.value = 0
      overdue.value = 0
      return
    }
    try {
      const count = await call('reminder.count', {})
      open.value = count.open
      overdue.value = count.overdue
    } catch {
      // The badge is a hint: a failed count leaves the last one shown.
    }
  }

  /** After a decision: the badge and any open queue load again. */
  async function changed(): Promise<void> {
    revision.value++
    await refresh()
  }

  return { open, overdue, revision, refresh, changed }
})
