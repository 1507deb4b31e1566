/** A typed text as the core takes it: trimmed, or null when nothing was typed. */
export const orNull = (v: string): string | null => (v.trim() ? v.trim() : null)
