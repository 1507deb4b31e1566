import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { MentorOption, MentoringSettings } from '@shared/entities'
import { call } from '@/api'
import { useAuthStore } from './auth'

/** 陪伴指导: the mentors for pickers, the settings, and a revision that tells open lists to load again. */
export const useMentoringStore = defineStore('mentoring', () => {
  const mentors = ref<MentorOption[]>([])
  const settings = ref<MentoringSettings | null>(null)
  const revision = ref(0)
  const touch = (): void => {
    revision.value++
  }

  async function loadMentors(): Promise<MentorOption[]> {
    mentors.value = await call('mentor.options', {})
    return mentors.value
  }

  let loadingMentors: Promise<unknown> | null = null
  /** The mentors once: views opened together share one request; a failure leaves the list empty. */
  async function ensureMentors(): Promise<void> {
    if (mentors.value.length > 0) return
    loadingMentors ??= loadMentors()
      .catch(() => undefined)
      .finally(() => (loadingMentors = null))
    await loadingMentors
  }

  /** The mentor record of the signed-in account, when it is one. */
  const ownMentor = computed(() => {
    const auth = useAuthStore()
    const userId = auth.user?.id
    return mentors.value.find((m) => userId !== undefined && m.accountId === userId) ?? null
  })

  async function loadSettings(force = false): Promise<MentoringSettings> {
    if (!settings.value || force) settings.value = await call('mentoring.settings', {})
    return settings.value
  }

  async function updateSettings(input: MentoringSettings): Promise<MentoringSettings> {
    settings.value = await call('mentoring.updateSettings', input)
    return settings.value
  }

  return {
    mentors,
    settings,
    revision,
    touch,
    loadMentors,
    ensureMentors,
    ownMentor,
    loadSettings,
    updateSettings,
  }
})
