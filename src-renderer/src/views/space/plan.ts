// How the floor plan draws: the cell size and one colour set per state (the state is also written as text).
import type { PlanState } from '@shared/enums'

/** Pixels per grid cell. */
export const PLAN_CELL = 22

export const PLAN_COLORS: Record<PlanState, { fill: string; stroke: string; text: string }> = {
  free: { fill: '#eef8e8', stroke: '#67c23a', text: '#3d7a1f' },
  allocated: { fill: '#e8f1fd', stroke: '#409eff', text: '#1f5fa8' },
  expiring: { fill: '#fdf3e3', stroke: '#d48806', text: '#8a5a00' },
  out_of_service: { fill: '#f0f1f3', stroke: '#82848a', text: '#4a4c52' },
  bookable: { fill: '#f3eefc', stroke: '#8e6bd1', text: '#5b3b9a' },
}
