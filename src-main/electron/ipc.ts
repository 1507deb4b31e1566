// IPC: one handler on one channel; the sender frame is checked, then the request goes to dispatch, or, for
// the few host channels, to a native dialog.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { IPC_INVOKE, isHostChannel, type HostChannel } from '../shared/channels'
import type { Dispatcher } from '../http/server'
import { isAppUrl } from './window'

interface SenderFrame {
  url: string
  parent: unknown
}

/** Only the app's own top-level frame may call the core. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, appUrl)
}

/** A host channel gets the event (its sender is the page that asked) and the renderer's input, unchecked. */
export type HostChannelHandlers = Record<
  HostChannel,
  (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>
>

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  core: Dispatcher,
  appUrl: string,
  hostChannels: HostChannelHandlers,
): void {
  ipcMain.handle(
    IPC_INVOKE,
    async (event: IpcMainInvokeEvent, channel: unknown, input: unknown, session: unknown) => {
      if (!isTrustedSender(event.senderFrame, appUrl)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', key: 'common.forbidden', message: '请求来自未知页面，已拒绝。' },
        }
      }
      if (isHostChannel(channel)) return { ok: true, data: await hostChannels[channel](event, input) }
      return core.dispatch(
        { session: typeof session === 'string' ? session : null },
        typeof channel === 'string' ? channel : String(channel),
        input,
      )
    },
  )
}
