// Small pure helpers of 空间管理: calendar dates, clock times and the plan's grid geometry.
import type { UnitType } from '@shared/enums'

// ---- dates (`YYYY-MM-DD`, calendar dates in the base's time zone; computed in UTC to avoid DST) ----

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`)
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * 86_400_000)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000)
}

/** 0 = Sunday … 6 = Saturday, as SpaceSettings.closedWeekdays. */
export function weekday(date: string): number {
  return new Date(toUtc(date)).getUTCDay()
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7))
}

/** `YYYY-MM` → the month's first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

// ---- clock times (`HH:mm`) ----

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number]
  return h * 60 + m
}

export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** What a click on the calendar fills into 新增预约. */
export interface BookingPreset {
  unitId: number | null
  date: string
  startTime: string
  endTime: string
}

// ---- the plan's grid ----

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** The rectangle between two cells, both included. */
export function rectBetween(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.abs(a.x - b.x) + 1, h: Math.abs(a.y - b.y) + 1 }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

export function insideGrid(r: Rect, width: number, height: number): boolean {
  return r.x >= 0 && r.y >= 0 && r.w >= 1 && r.h >= 1 && r.x + r.w <= width && r.y + r.h <= height
}

/** A first size for a unit placed from the side list: about one cell per square metre, within reason. */
export function defaultSize(areaM2: number, unitType: UnitType): { w: number; h: number } {
  if (unitType === 'workstation') return { w: 2, h: 2 }
  const w = Math.min(12, Math.max(2, Math.round(Math.sqrt(areaM2 || 4))))
  const h = Math.min(12, Math.max(2, Math.round((areaM2 || 4) / w)))
  return { w, h }
}

// ---- money ----

/** 分 → 元 with two decimals (`123456` → `1,234.56`). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const whole = Math.floor(abs / 100).toLocaleString('en-US')
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`
}

/** A rate 0…1 as a percentage with one decimal, or null. */
export function percent(rate: number | null): string | null {
  return rate === null ? null : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}
