// Small shared helpers of the 陪伴指导 views.
import { COACHING_DIMENSIONS, type CoachingDimension } from '@shared/enums'

/** Minutes from start to end; an end at or before the start is on the next day (the core's rule). */
export function sessionMinutes(startTime: string, endTime: string): number | null {
  const parse = (v: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(v)
    return m ? Number(m[1]) * 60 + Number(m[2]) : null
  }
  const start = parse(startTime)
  const end = parse(endTime)
  if (start === null || end === null || start >= 1440) return null
  return ((end % 1440) - start + 1440) % 1440
}

export const hoursText = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100)

/** Dimensions in their fixed order. */
export const sortDimensions = (d: readonly CoachingDimension[]): CoachingDimension[] =>
  COACHING_DIMENSIONS.filter((x) => d.includes(x))
