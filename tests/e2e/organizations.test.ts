// 入驻组织 end to end: first start (base and administrator), the form's checks, stages, archive, languages
// and demo data, driven through the browser against the real web host. The tests share one host, run signed
// in as the administrator created at first start, and build on each other's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { completeUscc, orgCodeCheckChar, usccCheckChar } from '../../src-main/core/lib/uscc'
import {
  callFromPage,
  choose,
  dataFromPage,
  fieldError,
  firstStart,
  formItem,
  launchBrowser,
  listedNames,
  newPage,
  noFieldError,
  openList,
  screenshot,
  searchList,
  setDate,
  startWebHost,
  toast,
  type WebHost,
} from './support'

const TODAY = '2026-11-27'
const BASE_NAME = '烟台市福山区社会组织孵化基地'
const ORG_NAME = '烟台市福山区春风助老服务中心'
const SECOND_NAME = '烟台市莱山区测试社会团体'
const DEMO_ORG = '烟台市芝罘区幸福来敲门邻里服务中心'
const ADMIN_NAME = '王管理'
const ADMIN_PASSWORD = 'Admin2026'
const NAV_ENTRIES = [
  '工作台',
  '入驻组织',
  '空间管理',
  '陪伴指导',
  '项目与资金',
  '党建覆盖',
  '基地党支部',
  '统计报表',
  '系统设置',
]
// The administrator manages accounts, backups and the log but not the roster: 基地党支部 is not offered.
const ADMIN_NAV_ENTRIES = NAV_ENTRIES.filter((entry) => entry !== '基地党支部')

// (b) A 民办非企业 code: the body from the brief, its check character computed, and a wrong one typed first.
const CODE_BODY = '52370611MJ1000032'
const EXPECTED_CHECK = usccCheckChar(CODE_BODY)
const VALID_CODE = completeUscc(CODE_BODY)
const WRONG_CODE = `${CODE_BODY}1`
const CODE_WITH_O = '5237061OMJ1000032X'
// Positions 9–17 of VALID_CODE (MJ1000032) are an organisation code whose own check digit is off, so saving
// it asks for confirmation (uscc.orgCodeWarning) — the form accepts it after 仍然保存.
const VALID_CODE_ORG_CHECK = orgCodeCheckChar(VALID_CODE.slice(8, 16))
// (c) A valid 民办非企业 code (2nd character 2) whose embedded organisation code is valid as well.
const SECOND_ORG_BODY = 'MJ100009'
const SECOND_CODE = completeUscc(`52370613${SECOND_ORG_BODY}${orgCodeCheckChar(SECOND_ORG_BODY)}`)

/** How many organisations the core lists as active, asked as the page's signed-in user. */
async function activeOrganizationCount(page: Page): Promise<number> {
  return (await dataFromPage<{ total: number }>(page, 'organization.list', {})).total
}

/**
 * Runs in the page (a string, as the tests' tsconfig has no DOM types): draws 双 and 核 in the brand's font
 * and reports how many pixels each inks and whether the two drawings are identical.
 */
const GLYPH_PROBE = `(() => {
  const font = getComputedStyle(document.querySelector('.brand-name')).font
  const draw = (ch) => {
    const canvas = document.createElement('canvas')
    canvas.width = 64
    canvas.height = 64
    const ctx = canvas.getContext('2d')
    ctx.font = font
    ctx.textBaseline = 'top'
    ctx.fillText(ch, 4, 4)
    return Array.from(ctx.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3))
  }
  const a = draw('双')
  const b = draw('核')
  const inked = (alpha) => alpha.filter((v) => v > 0).length
  return { inkA: inked(a), inkB: inked(b), same: a.join() === b.join() }
})()`

describe('入驻组织 in the browser', () => {
  let host: WebHost | undefined
  let launched: { browser: Browser; close(): Promise<void> } | undefined
  let browser: Browser
  let page: Page
  let orgUrl = ''

  beforeAll(async () => {
    host = await startWebHost({ today: TODAY })
    launched = await launchBrowser()
    browser = launched.browser
    page = await newPage(browser)
    // Fail within the test's 60 s with a readable message instead of Playwright's 30 s per step.
    page.setDefaultTimeout(10_000)
  })

  afterAll(async () => {
    const results = await Promise.allSettled([launched?.close(), host?.stop()])
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  })

  function theHost(): WebHost {
    if (!host) throw new Error('web host not started')
    return host
  }

  it('a. first start: base and administrator are required, then a blank start shows the modules', async () => {
    await page.goto(theHost().url)
    await page.getByText('欢迎使用双核').waitFor()
    const baseForm = page.getByTestId('setup-base')
    const next = page.getByRole('button', { name: '下一步' })
    const notInitialized = async () => {
      const status = await callFromPage<{ initialized: boolean }>(page, 'auth.status')
      expect(status.data?.initialized).toBe(false)
      expect(await baseForm.isVisible()).toBe(true)
      expect(await page.getByRole('button', { name: '载入示例数据' }).count()).toBe(0)
    }

    expect(await baseForm.locator('input[name=adminUsername]').inputValue()).toBe('admin')
    await next.click()
    expect(await fieldError(formItem(baseForm, '基地名称'), '此项为必填项。')).toBe('此项为必填项。')
    expect(await fieldError(formItem(baseForm, '姓名'), '此项为必填项。')).toBe('此项为必填项。')
    await notInitialized()

    await baseForm.locator('input[name=baseName]').fill(BASE_NAME)
    await baseForm.locator('input[name=totalAreaM2]').fill('1400')
    await baseForm.locator('input[name=adminDisplayName]').fill(ADMIN_NAME)
    const password = baseForm.locator('input[name=adminPassword]')
    const confirm = baseForm.locator('input[name=adminPasswordConfirm]')
    // A weak password is the core's refusal, shown under 密码.
    await password.fill('abc')
    await confirm.fill('abc')
    await next.click()
    expect(await fieldError(formItem(baseForm, '密码'), '密码至少 8 位。')).toBe('密码至少 8 位。')
    await notInitialized()

    // A confirmation that differs is refused before anything is sent.
    await password.fill(ADMIN_PASSWORD)
    await confirm.fill(`${ADMIN_PASSWORD}x`)
    await next.click()
    expect(await fieldError(formItem(baseForm, '确认密码'), '两次输入的密码不一致。')).toBe(
      '两次输入的密码不一致。',
    )
    await noFieldError(formItem(baseForm, '密码'))
    await notInitialized()

    await confirm.fill(ADMIN_PASSWORD)
    await next.click()
    await page.getByRole('button', { name: '载入示例数据' }).waitFor()
    expect(await page.getByRole('button', { name: '从空白开始' }).isVisible()).toBe(true)

    await page.getByRole('button', { name: '从空白开始' }).click()
    await page.getByRole('button', { name: '开始使用' }).click()
    await page.getByTestId('sidebar').waitFor()
    const entries = await page.locator('[data-testid=sidebar] [data-nav]').allInnerTexts()
    expect(entries.map((e) => e.trim())).toEqual(ADMIN_NAV_ENTRIES)
    await page.getByText(BASE_NAME).waitFor()
    // Signed in at once as the administrator just created.
    expect((await page.getByTestId('user-menu').innerText()).trim()).toBe(`${ADMIN_NAME}（管理员）`)
    const status = await callFromPage<{ initialized: boolean; session: { user: { username: string } } }>(
      page,
      'auth.status',
    )
    expect(status.data?.initialized).toBe(true)
    expect(status.data?.session.user.username).toBe('admin')

    // CJK glyphs really render: two different characters draw differently (missing glyphs would be
    // identical empty boxes) and neither is blank.
    const brand = page.locator('.brand-name')
    expect((await brand.innerText()).trim()).toBe('双核')
    const glyphs = await page.evaluate<{ inkA: number; inkB: number; same: boolean }>(GLYPH_PROBE)
    expect(glyphs.inkA).toBeGreaterThan(20)
    expect(glyphs.inkB).toBeGreaterThan(20)
    expect(glyphs.same).toBe(false)

    await page.locator('[data-testid=sidebar] [data-nav=reports]').click()
    await page.getByTestId('reports').getByRole('heading', { name: '统计报表' }).waitFor()
  })

  it('b. the form checks the code and the phone, then creates the organisation', async () => {
    await openList(page)
    await page.getByTestId('org-total').getByText('共 0 个组织').waitFor()
    await page.getByTestId('org-create').click()
    const dialog = page.getByTestId('org-form')
    await dialog.getByText('新增入驻组织').waitFor()
    expect(await dialog.getByTestId('form-legal-type').innerText()).toContain('民办非企业单位')

    await dialog.locator('input[name=name]').fill(ORG_NAME)
    const codeItem = formItem(dialog, '统一社会信用代码')
    const codeInput = dialog.locator('input[name=uscc]')
    await codeInput.fill(WRONG_CODE)
    await codeInput.blur()
    const checkMessage = await fieldError(codeItem, `第 18 位应为“${EXPECTED_CHECK}”`)
    expect(checkMessage).toContain('校验位不正确')
    expect(checkMessage).toContain('实际为“1”')
    await screenshot(page, 'form-wrong-code.png')

    await dialog.getByTestId('org-save').click()
    // The save was handled (the empty contact fields are flagged) and the code's message is still there.
    await fieldError(formItem(dialog, '联系人'), '此项为必填项。')
    expect(await dialog.isVisible()).toBe(true)
    expect(await codeItem.locator('.el-form-item__error').innerText()).toBe(checkMessage)
    expect(await activeOrganizationCount(page)).toBe(0)
    expect(await page.getByTestId('org-total').innerText()).toBe('共 0 个组织')

    await codeInput.fill(CODE_WITH_O)
    await codeInput.blur()
    expect(await fieldError(codeItem, '不使用字母 O')).toContain('不使用字母 O（')

    await codeInput.fill(VALID_CODE)
    await codeInput.blur()
    const warning = dialog.getByTestId('uscc-warning')
    await warning.waitFor()
    expect(await warning.innerText()).toContain(`第 17 位应为“${VALID_CODE_ORG_CHECK}”`)
    await noFieldError(codeItem)

    await dialog.locator('input[name=contactPerson]').fill('王海燕')
    const phoneInput = dialog.locator('input[name=contactPhone]')
    await phoneInput.fill('12345')
    await dialog.getByTestId('org-save').click()
    expect(await fieldError(formItem(dialog, '联系电话'), '联系电话格式不正确')).toContain('13512345678')
    expect(await activeOrganizationCount(page)).toBe(0)

    await phoneInput.fill('13512345678')
    await dialog.getByTestId('org-save').click()
    const box = page.locator('.el-message-box')
    await box.getByText('以下信息请核对').waitFor()
    expect(await box.innerText()).toContain('组织机构代码')
    await box.getByRole('button', { name: '仍然保存' }).click()

    await toast(page, `已新增“${ORG_NAME}”`)
    const detail = page.getByTestId('organization-detail')
    await detail.locator('.el-page-header .title', { hasText: ORG_NAME }).waitFor()
    expect(page.url()).toMatch(/#\/organizations\/\d+$/)
    orgUrl = page.url()
    expect(await detail.locator('.el-page-header [data-stage]').innerText()).toBe('申请')
    expect(await detail.getByText(VALID_CODE).count()).toBe(1)
    expect(await activeOrganizationCount(page)).toBe(1)
  })

  it('c. a legal type that does not fit the code is a warning that may be accepted', async () => {
    await openList(page)
    await page.getByTestId('org-create').click()
    const dialog = page.getByTestId('org-form')
    await dialog.getByText('新增入驻组织').waitFor()
    await dialog.locator('input[name=name]').fill(SECOND_NAME)
    await choose(page, dialog.getByTestId('form-legal-type'), '社会团体')
    await dialog.locator('input[name=uscc]').fill(SECOND_CODE)
    await dialog.locator('input[name=contactPerson]').fill('李明')
    await dialog.locator('input[name=contactPhone]').fill('0535-6688123')

    const box = page.locator('.el-message-box')
    await dialog.getByTestId('org-save').click()
    await box.getByText('以下信息请核对').waitFor()
    const boxText = await box.innerText()
    expect(boxText).toContain('机构类别代码')
    expect(boxText).toContain('社会团体')
    await box.getByRole('button', { name: '返回修改' }).click()
    await box.waitFor({ state: 'hidden' })
    expect(await dialog.isVisible()).toBe(true)
    expect(await activeOrganizationCount(page)).toBe(1)

    await dialog.getByTestId('org-save').click()
    await box.getByText('以下信息请核对').waitFor()
    await box.getByRole('button', { name: '仍然保存' }).click()
    await toast(page, `已新增“${SECOND_NAME}”`)
    await page.locator('.el-page-header .title', { hasText: SECOND_NAME }).waitFor()
    expect(await page.getByTestId('organization-detail').getByText('社会团体').count()).toBeGreaterThan(0)
    expect(await activeOrganizationCount(page)).toBe(2)
  })

  it('d. the same name or the same code cannot be registered twice', async () => {
    await openList(page)
    await page.getByTestId('org-create').click()
    const dialog = page.getByTestId('org-form')
    await dialog.getByText('新增入驻组织').waitFor()

    const nameInput = dialog.locator('input[name=name]')
    await nameInput.fill(ORG_NAME)
    await nameInput.blur()
    expect(await fieldError(formItem(dialog, '组织名称'), `已有同名组织“${ORG_NAME}”`)).toContain(
      '不能重复登记',
    )

    const codeInput = dialog.locator('input[name=uscc]')
    await codeInput.fill(VALID_CODE)
    await codeInput.blur()
    await fieldError(formItem(dialog, '统一社会信用代码'), `统一社会信用代码已被“${ORG_NAME}”使用`)

    await dialog.getByRole('button', { name: '取消' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await activeOrganizationCount(page)).toBe(2)
  })

  it('e. the list finds an organisation by the pinyin initials of its name', async () => {
    await page.getByTestId('org-total').getByText('共 2 个组织').waitFor()
    await searchList(page, 'cfzl', 1)
    expect(await listedNames(page)).toEqual([ORG_NAME])
  })

  it('f. a stage change needs a note and a date not before the previous stage', async () => {
    await page.getByTestId('org-table').locator('.name-link', { hasText: ORG_NAME }).click()
    const detail = page.getByTestId('organization-detail')
    await detail.locator('.el-page-header .title', { hasText: ORG_NAME }).waitFor()
    expect(page.url()).toBe(orgUrl)

    await page.getByTestId('detail-change-stage').click()
    const dialog = page.getByTestId('stage-dialog')
    await dialog.getByText('变更孵化阶段').waitFor()
    await choose(page, dialog.getByTestId('stage-select'), '评审')
    const dateInput = dialog.locator('input[name="date"]')
    const title = dialog.locator('.el-dialog__title')
    expect(await dateInput.inputValue()).toBe(TODAY)
    await setDate(dateInput, '2026-11-20', title)
    await dialog.getByTestId('stage-save').click()
    expect(await fieldError(formItem(dialog, '说明'), '此项为必填项。')).toBe('此项为必填项。')

    await setDate(dateInput, '2026-11-01', title)
    await dialog.getByTestId('stage-note').fill('通过评审')
    await dialog.getByTestId('stage-save').click()
    expect(
      await fieldError(formItem(dialog, '变更日期'), '变更日期不能早于上一阶段的日期（2026-11-27）'),
    ).toBe('变更日期不能早于上一阶段的日期（2026-11-27）。')
    await noFieldError(formItem(dialog, '说明'))

    await setDate(dateInput, TODAY, title)
    await dialog.getByTestId('stage-save').click()
    await dialog.waitFor({ state: 'hidden' })
    await toast(page, '已变更为“评审”')

    const history = page.getByTestId('stage-history')
    await history.getByText('通过评审').waitFor()
    expect(await history.locator('[data-stage]').allInnerTexts()).toEqual(['评审', '申请'])
    expect(await history.locator('.el-timeline-item__timestamp').allInnerTexts()).toEqual([TODAY, TODAY])
    expect(await detail.locator('.el-page-header [data-stage]').innerText()).toBe('评审')
    await screenshot(page, 'detail-after-stage-change.png')
  })

  it('g. an archived organisation leaves the default list and comes back when restored', async () => {
    await page.getByTestId('detail-archive').click()
    const box = page.locator('.el-message-box')
    await box.getByText(ORG_NAME, { exact: false }).waitFor()
    await box.getByRole('button', { name: '归档' }).click()
    await toast(page, `已归档“${ORG_NAME}”`)
    const banner = page.getByTestId('archived-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toMatch(new RegExp(`该组织已于 ${TODAY} \\d{2}:\\d{2} 归档`))
    for (const id of ['detail-edit', 'detail-change-stage', 'detail-archive']) {
      expect(await page.getByTestId(id).count()).toBe(0)
    }
    expect(await page.getByTestId('detail-restore').isVisible()).toBe(true)

    await openList(page)
    await searchList(page, 'cfzl', 0)
    expect(await listedNames(page)).toEqual([])

    await page.getByTestId('filter-archived').getByText('已归档').click()
    await page.getByTestId('org-total').getByText('共 1 个组织').waitFor()
    const row = page.getByTestId('org-table').locator('.el-table__row', { hasText: ORG_NAME })
    await row.locator('.el-tag', { hasText: '已归档' }).waitFor()

    await row.locator('.name-link').click()
    await page.getByTestId('detail-restore').click()
    await box.getByText(`恢复“${ORG_NAME}”到在册列表？`).waitFor()
    await box.getByRole('button', { name: '恢复' }).click()
    await toast(page, `已恢复“${ORG_NAME}”`)
    await page.getByTestId('detail-edit').waitFor()
    expect(await page.getByTestId('archived-banner').count()).toBe(0)

    await openList(page)
    await page.getByTestId('filter-archived').getByText('在册').click()
    await page.getByTestId('org-total').getByText('共 1 个组织').waitFor()
    expect(await listedNames(page)).toEqual([ORG_NAME])
    await page.getByTestId('org-search').fill('')
    await page.getByTestId('org-total').getByText('共 2 个组织').waitFor()
  })

  it('h. the interface switches between 简体中文, 繁體中文 and English', async () => {
    const orgNav = page.locator('[data-testid=sidebar] [data-nav=organizations]')
    const switchTo = async (locale: string, label: string) => {
      await page.getByTestId('language-switch').click()
      await page.locator(`.el-dropdown-menu__item[data-locale="${locale}"]`).filter({ visible: true }).click()
      await orgNav.getByText(label).waitFor()
    }
    await switchTo('zh-TW', '入駐組織')
    await switchTo('en', 'Organizations')
    expect(await page.getByTestId('language-switch').innerText()).toContain('English')
    await switchTo('zh-CN', '入驻组织')
    expect((await orgNav.innerText()).trim()).toBe('入驻组织')
  })

  it('i. demo data on a fresh host: 36 organisations, one archived, found by pinyin initials', async () => {
    const demoHost = await startWebHost({ today: TODAY })
    const demoPage = await newPage(browser)
    demoPage.setDefaultTimeout(10_000)
    try {
      await firstStart(demoPage, demoHost.url, {
        baseName: BASE_NAME,
        totalAreaM2: '1400',
        adminDisplayName: ADMIN_NAME,
        adminPassword: ADMIN_PASSWORD,
        demo: true,
      })

      await demoPage.getByTestId('org-total').getByText('共 35 个组织').waitFor()
      await demoPage.getByTestId('org-table').locator('.el-loading-mask').waitFor({ state: 'hidden' })
      expect(await listedNames(demoPage)).toHaveLength(20)
      await screenshot(demoPage, 'list-demo-data.png')

      await searchList(demoPage, 'xfll', 1)
      expect(await listedNames(demoPage)).toEqual([DEMO_ORG])
      await searchList(demoPage, '', 35)
      await searchList(demoPage, 'xflqm', 1)
      expect(await listedNames(demoPage)).toEqual([DEMO_ORG])

      // The 36th demo organisation is the archived one.
      await demoPage.getByTestId('org-search').fill('')
      await demoPage.getByTestId('filter-archived').getByText('全部').click()
      await demoPage.getByTestId('org-total').getByText('共 36 个组织').waitFor()
    } finally {
      await demoPage.context().close()
      await demoHost.stop()
    }
  })
})
