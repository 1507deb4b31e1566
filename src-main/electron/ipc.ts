// IPC: one handler on one channel; the sender frame is checked, then the request goes to dispatch.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { IPC_INVOKE } from '../shared/channels'
import type { App } from '../core/app'
import type { RequestContext } from '../core/context'
import { isAppUrl } from './window'

interface SenderFrame {
  url: string
  parent: unknown
}

/** Only the app's own top-level frame may call the core. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, appUrl)
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  app: Pick<App, 'dispatch'>,
  appUrl: string,
  context: () => RequestContext,
): void {
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, appUrl)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', key: 'common.forbidden', message: '请求来自未知页面，已拒绝。' },
      }
    }
    return app.dispatch(context(), typeof channel === 'string' ? channel : String(channel), input)
  })
}
