// The preload exposes one function, invoke(channel, input), for known channels only. Never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_INVOKE, isChannel, isHostChannel } from '../shared/channels'

/** `session` is the token the core gave at login; the main process passes it on unchanged. */
export function invoke(channel: unknown, input: unknown, session?: unknown): Promise<unknown> {
  if (!isChannel(channel) && !isHostChannel(channel)) {
    return Promise.resolve({
      ok: false,
      error: {
        code: 'UNKNOWN_CHANNEL',
        key: 'common.unknownChannel',
        params: { channel: String(channel) },
        message: `未知的操作“${String(channel)}”，未做任何修改。`,
      },
    })
  }
  return ipcRenderer.invoke(
    IPC_INVOKE,
    channel,
    input,
    typeof session === 'string' ? session : null,
  ) as Promise<unknown>
}

contextBridge.exposeInMainWorld('shuanghe', { invoke })
