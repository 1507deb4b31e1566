// A WHERE clause built from optional filters: each condition with its named parameters, only when its value is set.
import { escapeLike } from '../lib/text'

export type SqlParams = Record<string, string | number>

export class Where {
  private readonly clauses: string[] = []
  readonly params: SqlParams = {}

  /** Adds `sql` always, with its parameters. */
  add(sql: string, params: SqlParams = {}): this {
    this.clauses.push(sql)
    Object.assign(this.params, params)
    return this
  }

  /** Adds `sql` when `value` is set (not undefined, null, 0 or ''), binding it as `@name`. */
  when(value: string | number | null | undefined, sql: string, name: string): this {
    if (value === undefined || value === null || value === '' || value === 0) return this
    return this.add(sql, { [name]: value })
  }

  /** `WHERE …`, or nothing when no condition was added. */
  get sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : ''
  }
}

/** `%text%` for LIKE … ESCAPE '\', with the wildcards of the text itself escaped. */
export const likePattern = (text: string): string => `%${escapeLike(text)}%`
