// The words of an Excel export: the renderer sends them in the user's language; each export keeps zh-CN defaults
// for callers that send none (the command line, tests).
import { fillPlaceholders } from '../../shared/messages'

export type Labels = Record<string, string>

/** A lookup for one export: the caller's word, else the default, else the key itself, `{placeholders}` filled. */
export function labelsWith(defaults: Labels) {
  return (labels: Labels, key: string, params: Record<string, string | number> = {}): string =>
    fillPlaceholders(labels[key] ?? defaults[key] ?? key, params)
}
