// Sessions live in memory: a restart, or a restore, signs everybody out. A session locks itself after the
// idle time of 系统设置; a locked session answers only unlock, status and logout.
import { randomBytes } from 'node:crypto'

import type { Actor } from '../context'

export interface Session {
  token: string
  userId: number
  lastActiveMs: number
  locked: boolean
  /** The account as last read; dropped whenever the account changes (see `forget`). */
  actor?: Actor
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  constructor(private readonly nowMs: () => number) {}

  open(userId: number): Session {
    const session: Session = {
      token: randomBytes(32).toString('hex'),
      userId,
      lastActiveMs: this.nowMs(),
      locked: false,
    }
    this.sessions.set(session.token, session)
    return session
  }

  /** The session for a token, locked first if it has been idle too long. */
  find(token: string | null | undefined, idleLockMinutes: number): Session | undefined {
    if (!token) return undefined
    const session = this.sessions.get(token)
    if (session && !session.locked && this.nowMs() - session.lastActiveMs > idleLockMinutes * 60_000) {
      session.locked = true
    }
    return session
  }

  touch(session: Session): void {
    session.lastActiveMs = this.nowMs()
  }

  close(token: string): void {
    this.sessions.delete(token)
  }

  /** The account changed (name, password): its sessions read it afresh on their next call. */
  forget(userId: number): void {
    for (const s of this.sessions.values()) if (s.userId === userId) delete s.actor
  }

  /** Sign a user out everywhere (deactivated, roles changed, password reset). */
  closeAllOf(userId: number, except?: string): void {
    for (const [token, s] of this.sessions)
      if (s.userId === userId && token !== except) this.sessions.delete(token)
  }
}
