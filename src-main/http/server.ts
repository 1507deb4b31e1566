// The loopback HTTP transport: static files of the built renderer and `POST /api/<channel>` → dispatch.
// It checks who may talk (loopback bind, Host, Origin, token) and nothing else: no business logic here.
import { timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { RequestContext } from '../core/context'
import type { Result } from '../shared/errors'

export const TOKEN_HEADER = 'x-shuanghe-token'
/** The signed-in session, as the core gave it at login; the transport only passes it on. */
export const SESSION_HEADER = 'x-shuanghe-session'
// Room for a 10 MB attachment in base64 (ATTACHMENT_MAX_BYTES).
const MAX_BODY_BYTES = 16 * 1024 * 1024
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost'])

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Element Plus positions popovers with inline styles
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export interface Dispatcher {
  dispatch(ctx: RequestContext, channel: string, input: unknown): Result<unknown> | Promise<Result<unknown>>
}

export interface HttpTransportOptions {
  app: Dispatcher
  /** The built renderer (`out/renderer`). */
  staticDir: string
  token: string
}

export interface RunningHost {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: 'FORBIDDEN', key: 'common.forbidden', message } })
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function createHttpTransport(options: HttpTransportOptions): {
  server: Server
  bindTo(port: number): void
} {
  let allowedHosts = new Set<string>()
  let allowedOrigins = new Set<string>()

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
    const file = normalize(join(options.staticDir, relative))
    if (!file.startsWith(normalize(options.staticDir) + sep)) return send(res, 404, 'Not found', 'text/plain')
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'Not found', 'text/plain')
      send(res, 200, await readFile(file), MIME[extname(file)] ?? 'application/octet-stream')
    } catch {
      send(res, 404, 'Not found', 'text/plain')
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421, 'Host 不被允许：只接受本机地址。')
    const origin = req.headers.origin
    if (origin !== undefined && !allowedOrigins.has(origin))
      return refuse(res, 403, 'Origin 不被允许：只接受本机页面的请求。')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, '接口只接受 POST 请求。')
      const header = req.headers[TOKEN_HEADER]
      if (!sameToken(Array.isArray(header) ? header[0] : header, options.token)) {
        return sendJson(res, 401, {
          ok: false,
          error: {
            code: 'FORBIDDEN',
            key: 'common.forbidden',
            message: '缺少或错误的访问令牌：请使用启动时打印的完整地址打开。',
          },
        })
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, '请求体须为 JSON（Content-Type: application/json）。')
      }
      const body = await readBody(req)
      if (body === null) return refuse(res, 413, '请求体过大。')
      let input: unknown
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
      } catch {
        return sendJson(res, 400, {
          ok: false,
          error: {
            code: 'BAD_INPUT',
            key: 'common.badInput',
            params: { detail: 'JSON' },
            message: '提交的数据格式不正确（JSON），未做任何修改。',
          },
        })
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      const session = req.headers[SESSION_HEADER]
      const ctx: RequestContext = { session: (Array.isArray(session) ? session[0] : session) ?? null }
      return sendJson(res, 200, await options.app.dispatch(ctx, channel, input))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '只支持 GET。')
    return serveStatic(res, url.pathname)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[web] request failed:', err)
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain')
      else res.end()
    })
  })
  return {
    server,
    bindTo(port: number) {
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
      allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`])
    },
  }
}

/** Listens on loopback only; any other address is refused. */
export async function startHttpHost(
  options: HttpTransportOptions & { port: number; host?: string },
): Promise<RunningHost> {
  const host = options.host ?? '127.0.0.1'
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(`只允许绑定本机回环地址（127.0.0.1），拒绝绑定“${host}”。`)
  }
  const transport = createHttpTransport(options)
  await new Promise<void>((resolve, reject) => {
    transport.server.once('error', reject)
    transport.server.listen(options.port, host === 'localhost' ? '127.0.0.1' : host, () => resolve())
  })
  const address = transport.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  transport.bindTo(port)
  return {
    server: transport.server,
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        transport.server.closeAllConnections()
        transport.server.close(() => resolve())
      }),
  }
}
