// The renderer's only way to the core: the preload's invoke in Electron, else POST /api/<channel>.
// The session token the core gives at login travels with every call.
import type { Channel, HostChannel } from '@shared/channels'
import type { ChannelInput, ChannelOutput } from '@shared/contract'
import type { AppError, Result } from '@shared/errors'

interface PreloadBridge {
  invoke(channel: string, input: unknown, session?: string | null): Promise<unknown>
}

declare global {
  interface Window {
    shuanghe?: PreloadBridge
  }
}

const TOKEN_KEY = 'shuanghe.token'
const SESSION_KEY = 'shuanghe.session'
const TOKEN_HEADER = 'x-shuanghe-token'
const SESSION_HEADER = 'x-shuanghe-session'

/** Take the web host's token from the address once, keep it for this tab, and drop it from the URL. */
function webToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

let token: string | null = null
/** Kept per window (sessionStorage): a reload stays signed in, a new window signs in again. */
let session: string | null = sessionStorage.getItem(SESSION_KEY)

export function setSession(value: string | null): void {
  session = value
  if (value) sessionStorage.setItem(SESSION_KEY, value)
  else sessionStorage.removeItem(SESSION_KEY)
}

type AuthProblem = 'UNAUTHENTICATED' | 'LOCKED'
const authListeners = new Set<(problem: AuthProblem) => void>()

/** Hears when the core says the session has ended or is locked, whichever call it was. */
export function onAuthProblem(listener: (problem: AuthProblem) => void): () => void {
  authListeners.add(listener)
  return () => authListeners.delete(listener)
}

async function overHttp(channel: string, input: unknown): Promise<unknown> {
  token ??= webToken()
  const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token, [SESSION_HEADER]: session ?? '' },
    body: JSON.stringify(input ?? {}),
  })
  return response.json()
}

/** A failed call, carrying the core's error value. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

function transportError(err: unknown): AppError {
  const detail = err instanceof Error ? err.message : String(err)
  return {
    code: 'INTERNAL',
    key: 'common.unreachable',
    params: { detail },
    message: `无法连接到双核的数据服务（${detail}），未做任何修改。`,
  }
}

/** Call a channel and get its Result value; never throws. */
export async function invoke<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  let result: Result<ChannelOutput<C>>
  try {
    const raw = window.shuanghe
      ? await window.shuanghe.invoke(channel, input, session)
      : await overHttp(channel, input)
    result = raw as Result<ChannelOutput<C>>
  } catch (err) {
    return { ok: false, error: transportError(err) }
  }
  if (!result.ok && (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'LOCKED')) {
    for (const listener of authListeners) listener(result.error.code)
  }
  return result
}

/** Call a channel; its data, or an ApiError. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.data
}

/** Native file dialogs exist only in the desktop app; in a browser this answers `unsupported`. */
export async function chooseFile(channel: HostChannel): Promise<{ supported: boolean; path: string | null }> {
  if (!window.shuanghe) return { supported: false, path: null }
  const raw = (await window.shuanghe.invoke(channel, {}, session)) as Result<string | null>
  return { supported: true, path: raw.ok ? raw.data : null }
}

export const canChooseFiles = (): boolean => !!window.shuanghe
