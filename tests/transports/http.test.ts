import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_HEADER, startHttpHost, TOKEN_HEADER, type RunningHost } from '../../src-main/http/server'
import { freshBase, orgDraft, type TestBase } from '../core/helpers'

const TOKEN = 'test-token-0123456789abcdef'
let base: TestBase
let host: RunningHost

beforeAll(async () => {
  base = await freshBase()
  const staticDir = join(base.dir, 'renderer')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>双核</title>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(base.dir, 'secret.txt'), 'secret')
  host = await startHttpHost({ app: base.app, staticDir, token: TOKEN, port: 0 })
})
afterAll(async () => {
  await host.close()
  base.close()
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(options: {
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

/** A call as the signed-in administrator (the session travels in its own header). */
const api = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    path: `/api/${channel}`,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [TOKEN_HEADER]: TOKEN,
      [SESSION_HEADER]: 'session' in base.ctx ? (base.ctx.session ?? '') : '',
      ...headers,
    },
    body: JSON.stringify(input),
  })

describe('the loopback HTTP transport', () => {
  it('prints a URL on 127.0.0.1 that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`)
    const address = host.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
  })

  it('calls dispatch and returns its result value', async () => {
    const created = await api('organization.create', orgDraft())
    expect(created.status).toBe(200)
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      data: { name: '烟台市福山区春风助老服务中心' },
    })
    const refused = await api('organization.create', orgDraft())
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('refuses a missing or wrong token, changing nothing', async () => {
    const missing = await send({
      path: '/api/organization.list',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(missing.status).toBe(401)
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const wrong = await api('organization.create', orgDraft({ name: '不该写入' }), {
      [TOKEN_HEADER]: 'x'.repeat(TOKEN.length),
    })
    expect(wrong.status).toBe(401)
    expect((await base.ok('organization.list', { search: '不该写入' })).total).toBe(0)
  })

  it('passes the session on: without it, the core asks to sign in', async () => {
    const anonymous = await api('organization.list', {}, { [SESSION_HEADER]: '' })
    expect(JSON.parse(anonymous.body)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录。' },
    })
    const forged = await api('organization.list', {}, { [SESSION_HEADER]: 'f'.repeat(64) })
    expect(JSON.parse(forged.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const status = await api('auth.status', {}, { [SESSION_HEADER]: '' })
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, data: { initialized: true, session: null } })
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await api('organization.list', {}, { Host: 'evil.example:80' })
    expect(reply.status).toBe(421)
    const page = await send({ path: '/', headers: { Host: `attacker.test:${host.port}` } })
    expect(page.status).toBe(421)
  })

  it('refuses a foreign Origin, accepts its own', async () => {
    expect((await api('organization.list', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('organization.list', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200)
    expect(
      (
        await api(
          'organization.list',
          {},
          { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` },
        )
      ).status,
    ).toBe(200)
  })

  it('accepts only JSON bodies by POST', async () => {
    expect((await send({ path: '/api/organization.list', headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(
      405,
    )
    const form = await send({
      path: '/api/organization.list',
      method: 'POST',
      headers: { [TOKEN_HEADER]: TOKEN, 'Content-Type': 'text/plain' },
      body: '{}',
    })
    expect(form.status).toBe(415)
    const broken = await send({
      path: '/api/organization.list',
      method: 'POST',
      headers: { [TOKEN_HEADER]: TOKEN, 'Content-Type': 'application/json' },
      body: '{not json',
    })
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  })

  it('serves the built renderer with a CSP, and nothing outside it', async () => {
    const index = await send({ path: '/' })
    expect(index.status).toBe(200)
    expect(index.body).toContain('双核')
    expect(index.headers['content-security-policy']).toContain("default-src 'self'")
    expect(index.headers['content-type']).toContain('text/html')
    expect((await send({ path: '/assets/app.js' })).headers['content-type']).toContain('javascript')
    expect((await send({ path: '/../secret.txt' })).status).toBe(404)
    expect((await send({ path: '/%2e%2e/secret.txt' })).status).toBe(404)
    expect((await send({ path: '/missing.js' })).status).toBe(404)
  })

  it('refuses to bind anything but loopback', async () => {
    await expect(
      startHttpHost({
        app: base.app,
        staticDir: base.dir,
        token: TOKEN,
        port: 0,
        host: '0.0.0.0',
      }),
    ).rejects.toThrow('只允许绑定本机回环地址（127.0.0.1），拒绝绑定“0.0.0.0”。')
  })
})
