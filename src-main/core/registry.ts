import type { Channel } from '../shared/channels'
import type { ChannelOutput, ParsedInput } from '../shared/contract'
import type { HandlerEnv, Permission } from './context'

export interface Handler<C extends Channel> {
  permission: Permission
  /** Writes run inside one synchronous transaction, with their audit rows. */
  write: boolean
  run: (env: HandlerEnv, input: ParsedInput<C>) => ChannelOutput<C>
}

export type HandlerMap = { [C in Channel]?: Handler<C> }

/** One domain's handlers, typed against the contract. */
export function defineHandlers<M extends HandlerMap>(handlers: M): M {
  return handlers
}
