// Tag colours of the 公益创投 stages and tranche states, shared by the tab, the detail and the organisation card.
import type { VentureTranche } from '@shared/entities'
import type { TrancheTrigger, VentureStage } from '@shared/enums'

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const STAGE_TAG: Record<VentureStage, TagType> = {
  applied: 'info',
  qualification: 'info',
  review: 'info',
  publicity: 'info',
  signed: 'primary',
  first_paid: 'primary',
  implementing: 'primary',
  mid_evaluation: 'warning',
  followup_paid: 'primary',
  final_evaluation: 'warning',
  final_paid: 'primary',
  disclosed: 'success',
  rejected: 'danger',
  terminated: 'danger',
}

export const TRANCHE_TAG: Record<VentureTranche['state'], TagType> = {
  paid: 'success',
  payable: 'primary',
  blocked: 'danger',
  pending: 'info',
}

/** A row of the tranche editor: the percentage as typed, and its trigger. */
export interface TrancheRowDraft {
  percent: string
  trigger: TrancheTrigger
}
