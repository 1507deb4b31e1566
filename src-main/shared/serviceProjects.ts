// 服务项目 / 品牌: the rules a draft must meet, shared by the input schema (so the form shows every problem at once) and
// the core. Values may still be raw input here (another field may have failed to parse), hence the type guards.
import type { MessageKey } from './messages'

type DraftField = 'endDate' | 'brandName' | 'brandStage'

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

/** The problems of a draft's period and brand, by field: an end before the start, a brand without a stage or back. */
export function serviceProjectDraftProblems(draft: {
  startDate?: unknown
  endDate?: unknown
  brandName?: unknown
  brandStage?: unknown
}): Partial<Record<DraftField, MessageKey>> {
  const problems: Partial<Record<DraftField, MessageKey>> = {}
  if (filled(draft.startDate) && filled(draft.endDate) && draft.endDate.trim() < draft.startDate.trim())
    problems.endDate = 'serviceProject.endBeforeStart'
  const hasName = filled(draft.brandName)
  const hasStage = filled(draft.brandStage)
  if (hasStage && !hasName) problems.brandName = 'serviceProject.brandNameRequired'
  if (hasName && !hasStage) problems.brandStage = 'serviceProject.brandStageRequired'
  return problems
}
