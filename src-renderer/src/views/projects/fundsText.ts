// 资金台账 words shared by the tab and the organisation card: 元 amounts and the Excel labels.
import { FUND_DIRECTIONS, FUND_SOURCE_KINDS } from '@shared/enums'
import { fenToYuan } from '@shared/money'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** 分 as grouped 元 text, `1,234.50` (never through a float). */
export const yuan = (fen: number): string => fenToYuan(fen, true)

/** The words of the Excel files in the user's language; placeholders stay for the core to fill. */
export function fundExportLabels(t: Translate): Record<string, string> {
  const out: Record<string, string> = {
    'title.ledger': t('funds.excel.title.ledger'),
    'title.totals': t('funds.excel.title.totals'),
    'word.total': t('funds.excel.word.total'),
    'word.yearTotal': t('funds.excel.word.yearTotal', { year: '{year}' }),
    'word.base': t('funds.excel.word.base'),
    'word.archived': t('funds.excel.word.archived', { reason: '{reason}' }),
  }
  for (const key of [
    'date',
    'direction',
    'amount',
    'source',
    'organization',
    'project',
    'counterparty',
    'summary',
    'documentNo',
    'archived',
    'year',
    'in',
    'out',
    'net',
    'entries',
  ])
    out[`heading.${key}`] = t(`funds.excel.heading.${key}`)
  for (const d of FUND_DIRECTIONS) out[`direction.${d}`] = t(`enums.fundDirection.${d}`)
  for (const k of FUND_SOURCE_KINDS) out[`source.${k}`] = t(`enums.fundSourceKind.${k}`)
  return out
}
