// Interval rules of 空间管理. Dates (allocations, outages) are calendar days with both ends included; an outage
// without an end lasts until further notice. Booking times are minutes after midnight, [start, end).
import { addDays, daysBetween } from '../lib/dates'

export const OPEN_END = '9999-12-31'

/** Two day ranges, both ends included, share at least one day. `null` end: open. */
export function daysOverlap(
  aStart: string,
  aEnd: string | null,
  bStart: string,
  bEnd: string | null,
): boolean {
  return aStart <= (bEnd ?? OPEN_END) && bStart <= (aEnd ?? OPEN_END)
}

/** How many days of [start, end] fall within [from, to] (all inclusive). */
export function overlapDays(start: string, end: string | null, from: string, to: string): number {
  const s = start > from ? start : from
  const e = (end ?? OPEN_END) < to ? (end ?? OPEN_END) : to
  return e < s ? 0 : daysBetween(s, e) + 1
}

/**
 * Two bookings of one room clash when they overlap once each is widened by the buffer: touching slots
 * (one ends at 10:00, the next starts at 10:00) are fine without a buffer.
 */
export function slotsClash(
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  bufferMinutes: number,
): boolean {
  return aStart < bEnd + bufferMinutes && bStart < aEnd + bufferMinutes
}

export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

export function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** `from`, then every 7 days up to `to` (included). */
export function weeklyDates(from: string, to: string): string[] {
  const dates: string[] = []
  for (let d = from; d <= to; d = addDays(d, 7)) dates.push(d)
  return dates
}

export function monthsOf(year: number): { month: string; from: string; to: string }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = String(i + 1).padStart(2, '0')
    const from = `${year}-${m}-01`
    const to = addDays(i === 11 ? `${year + 1}-01-01` : `${year}-${String(i + 2).padStart(2, '0')}-01`, -1)
    return { month: `${year}-${m}`, from, to }
  })
}

/** Area in m² from the stored hundredths, and back. */
export const m2 = (centi: number): number => centi / 100
export const centi = (areaM2: number): number => Math.round(areaM2 * 100)
