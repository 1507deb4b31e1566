// The three locales stay complete and compilable: every key in every language, every key the code uses.
import { describe, expect, it } from 'vitest'
import { LEGAL_TYPES, SERVICE_AREAS, STAGES } from '@shared/enums'
import { ENUM_LABELS_ZH_CN, fillPlaceholders, messageKeys } from '@shared/messages'
import { NAV_ITEMS } from '@/router'
import { LOCALES, createAppI18n, messages, type Locale } from '@/i18n'

type Tree = { readonly [key: string]: unknown }

/** Every leaf of a message tree as a dotted path. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as Tree, `${prefix}${key}.`),
  )
}

/** The value at a dotted path, or undefined. */
function at(tree: Tree, path: string): unknown {
  let node: unknown = tree
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined
    node = (node as Tree)[part]
  }
  return node
}

const tree = (locale: Locale) => messages[locale] as unknown as Tree

describe('the zh-CN words of coded values in the core', () => {
  // Messages, default export words, the import templates and reminder titles use them: the screen's words.
  it.each(Object.keys(ENUM_LABELS_ZH_CN))('%s says what the zh-CN screen says', (group) => {
    const path = group === 'meetingKind' ? 'meetings.kind' : `enums.${group}`
    expect(ENUM_LABELS_ZH_CN[group as keyof typeof ENUM_LABELS_ZH_CN]).toEqual(at(tree('zh-CN'), path))
  })
})

describe('locale completeness', () => {
  const reference = new Set(LOCALES.flatMap((l) => leafKeys(tree(l))))

  it.each(LOCALES)('%s has every key that any locale has', (locale) => {
    const own = new Set(leafKeys(tree(locale)))
    const missing = [...reference].filter((key) => !own.has(key))
    expect(missing, `keys missing from ${locale}: ${missing.join(', ')}`).toEqual([])
  })

  it('the locales are not empty (the check above compares real trees)', () => {
    expect(reference.size).toBeGreaterThan(150)
  })

  it.each(LOCALES)('%s translates every message of the core catalog under errors.*', (locale) => {
    const keys = messageKeys()
    expect(keys.length).toBeGreaterThan(30)
    const missing = keys.filter((key) => typeof at(tree(locale), `errors.${key}`) !== 'string')
    expect(missing, `errors.* missing from ${locale}: ${missing.join(', ')}`).toEqual([])
  })

  it.each(LOCALES)('%s labels every legal type, stage and service area', (locale) => {
    const wanted = [
      ...LEGAL_TYPES.map((v) => `enums.legalType.${v}`),
      ...STAGES.map((v) => `enums.stage.${v}`),
      ...SERVICE_AREAS.map((v) => `enums.serviceArea.${v}`),
    ]
    const missing = wanted.filter((key) => {
      const label = at(tree(locale), key)
      return typeof label !== 'string' || label.trim() === ''
    })
    expect(missing, `enum labels missing from ${locale}: ${missing.join(', ')}`).toEqual([])
  })
})

describe('sidebar labels follow the glossary', () => {
  const glossary: Record<Locale, string[]> = {
    'zh-CN': [
      '工作台',
      '入驻组织',
      '空间管理',
      '陪伴指导',
      '项目与资金',
      '党建覆盖',
      '基地党支部',
      '统计报表',
      '系统设置',
    ],
    'zh-TW': [
      '工作台',
      '入駐組織',
      '空間管理',
      '陪伴指導',
      '項目與資金',
      '黨建覆蓋',
      '基地黨支部',
      '統計報表',
      '系統設定',
    ],
    en: [
      'Dashboard',
      'Organizations',
      'Space',
      'Mentoring',
      'Projects & Funds',
      'Party Coverage',
      'Party Branch',
      'Reports',
      'Settings',
    ],
  }

  it.each(LOCALES)('%s names every sidebar item, in order, with the glossary term', (locale) => {
    const i18n = createAppI18n(locale)
    for (const item of NAV_ITEMS) {
      expect(typeof at(tree(locale), `nav.${item.key}`), `nav.${item.key} in ${locale}`).toBe('string')
    }
    expect(NAV_ITEMS.map((item) => i18n.global.t(`nav.${item.key}`))).toEqual(glossary[locale])
  })
})

describe('every key the renderer uses exists', () => {
  const sources = import.meta.glob<string>('../../src-renderer/src/**/*.{vue,ts}', {
    query: '?raw',
    import: 'default',
    eager: true,
  })

  /** The text of a call's first argument, starting just after its `(`. */
  function firstArgument(src: string, start: number): string {
    let depth = 0
    for (let i = start; i < src.length; i++) {
      const c = src[i] as string
      if (c === "'" || c === '"' || c === '`') {
        i = src.indexOf(c, i + 1)
        if (i < 0) break
      } else if ('([{'.includes(c)) depth++
      else if (')]}'.includes(c)) {
        if (depth === 0) return src.slice(start, i)
        depth--
      } else if (c === ',' && depth === 0) return src.slice(start, i)
    }
    return src.slice(start)
  }

  interface Use {
    file: string
    key: string
    /** A template literal's static prefix (before `${`), which must be a group of messages. */
    prefix: boolean
  }

  const uses: Use[] = []
  for (const [file, src] of Object.entries(sources)) {
    for (const call of src.matchAll(/(?<![\w$])(?:\$?t|te)\(/g)) {
      const arg = firstArgument(src, call.index + call[0].length)
      for (const lit of arg.matchAll(/'([^'\\]*)'|"([^"\\]*)"|`([^`]*)`/g)) {
        if (lit[1] !== undefined || lit[2] !== undefined) {
          uses.push({ file, key: (lit[1] ?? lit[2]) as string, prefix: false })
        } else {
          const template = lit[3] as string
          const dynamic = template.indexOf('${')
          if (dynamic < 0) uses.push({ file, key: template, prefix: false })
          else uses.push({ file, key: template.slice(0, dynamic).replace(/\.$/, ''), prefix: true })
        }
      }
    }
  }

  it('finds the translated texts in the views (the scan is not empty)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10)
    expect(new Set(uses.filter((u) => !u.prefix).map((u) => u.key)).size).toBeGreaterThan(100)
    expect(uses.some((u) => u.prefix && u.key === 'enums.stage')).toBe(true)
  })

  it('every t(…) key literally used in src-renderer exists in zh-CN', () => {
    const zhCN = tree('zh-CN')
    const missing = uses
      .filter((u) => !u.prefix && typeof at(zhCN, u.key) !== 'string')
      .map((u) => `${u.key} (${u.file.replace(/^.*src-renderer\/src\//, '')})`)
    expect(missing, `keys missing from zh-CN: ${missing.join(', ')}`).toEqual([])
  })

  it('the static prefix of every dynamic key names a group of messages in zh-CN', () => {
    const zhCN = tree('zh-CN')
    const missing = uses
      .filter((u) => u.prefix)
      .filter((u) => {
        const node = at(zhCN, u.key)
        return typeof node !== 'object' || node === null
      })
      .map((u) => `${u.key}.* (${u.file.replace(/^.*src-renderer\/src\//, '')})`)
    expect(missing, `message groups missing from zh-CN: ${missing.join(', ')}`).toEqual([])
  })
})

describe('every message compiles', () => {
  it.each(LOCALES)('%s has no vue-i18n special characters @ or | outside placeholders', (locale) => {
    const offending = leafKeys(tree(locale)).filter((key) =>
      /[@|]/.test((at(tree(locale), key) as string).replace(/\{[^{}]*\}/g, '')),
    )
    expect(offending, `messages with @ or | in ${locale}: ${offending.join(', ')}`).toEqual([])
  })

  it.each(LOCALES)('%s: every message renders through vue-i18n', (locale) => {
    // Keys here are plain strings, not the typed schema's paths.
    const translate = createAppI18n(locale).global.t as (
      key: string,
      params: Record<string, string>,
    ) => string
    const broken: string[] = []
    for (const key of leafKeys(tree(locale))) {
      const raw = at(tree(locale), key) as string
      // Fill every placeholder, so an empty result means a broken message, not a missing parameter.
      const params: Record<string, string> = Object.fromEntries(
        [...raw.matchAll(/\{(\w+)\}/g)].map((m): [string, string] => [m[1] ?? '', 'X']),
      )
      try {
        const text = translate(key, params)
        // `|` would silently pick one plural form, so the text must come out exactly as written.
        if (text === key || text !== fillPlaceholders(raw, params)) broken.push(`${key} → ${text}`)
      } catch (err) {
        broken.push(`${key}: ${String(err)}`)
      }
    }
    expect(broken, `messages that do not render in ${locale}: ${broken.join(', ')}`).toEqual([])
  })

  it('fills placeholders, including the {at} sign of the e-mail hint', () => {
    const i18n = createAppI18n('zh-CN')
    expect(i18n.global.t('organizations.list.total', { total: 2 })).toBe('共 2 个组织')
    expect(i18n.global.t('errors.field.email', { at: '@' })).toContain('name@example.com')
  })
})
