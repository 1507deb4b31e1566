import { createI18n } from 'vue-i18n'
import type { Language } from 'element-plus/es/locale'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import elZhTw from 'element-plus/es/locale/lang/zh-tw'
import elEn from 'element-plus/es/locale/lang/en'
import zhCN, { type LocaleMessages } from './locales/zh-CN'
import zhTW from './locales/zh-TW'
import en from './locales/en'

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const messages: Record<Locale, LocaleMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en }

export const elementLocales: Record<Locale, Language> = { 'zh-CN': elZhCn, 'zh-TW': elZhTw, en: elEn }

const STORAGE_KEY = 'shuanghe.locale'

function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export function createAppI18n(locale: Locale = savedLocale()) {
  return createI18n<[LocaleMessages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session only.
  }
  document.documentElement.lang = locale
}
