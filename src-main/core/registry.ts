import type { Channel } from '../shared/channels'
import type { ChannelOutput, ParsedInput } from '../shared/contract'
import type { HandlerEnv, Permission } from './context'

interface HandlerBase {
  permission: Permission
  /** Answers a locked session too (unlock, status, logout). */
  allowLocked?: boolean
  /** Answers an account that must still change its initial password. */
  allowBeforePasswordChange?: boolean
  /** Does not count as activity for the idle lock (status checks). */
  passive?: boolean
}

/** A write runs inside one synchronous transaction, with its audit rows: it cannot await. */
interface WriteHandler<C extends Channel> extends HandlerBase {
  write: true
  run: (env: HandlerEnv, input: ParsedInput<C>) => ChannelOutput<C>
}

/** A read (or a file operation outside the database's transactions) may be asynchronous. */
interface ReadHandler<C extends Channel> extends HandlerBase {
  write: false
  run: (env: HandlerEnv, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

export type Handler<C extends Channel> = WriteHandler<C> | ReadHandler<C>

export type HandlerMap = { [C in Channel]?: Handler<C> }

/** One domain's handlers, typed against the contract. */
export function defineHandlers<M extends HandlerMap>(handlers: M): M {
  return handlers
}
