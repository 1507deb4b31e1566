// The colour of a 发展党员 check on screen: red violated, orange due, green passed, grey not yet.
import type { CheckStatus } from '@shared/enums'

export const CHECK_STATUS_TAG: Record<CheckStatus, 'danger' | 'warning' | 'success' | 'info'> = {
  violated: 'danger',
  due: 'warning',
  passed: 'success',
  not_applicable: 'info',
}
