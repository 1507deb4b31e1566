import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus'
import { ApiError } from '@/api'
import { useNotice } from './useNotice'

/**
 * NEEDS_CONFIRMATION from the core: list its warnings and ask. True when the user chose to go on, so the caller
 * sends the same request again with `acceptWarnings: true`; false for any other error or a "revise first".
 */
export function useWarningConfirm() {
  const { t } = useI18n()
  const { text } = useNotice()

  async function confirmWarnings(err: unknown, intro: string): Promise<boolean> {
    if (!(err instanceof ApiError) || err.error.code !== 'NEEDS_CONFIRMATION') return false
    const lines = Object.values(err.error.warnings ?? {}).map(text)
    return ElMessageBox.confirm(
      `${intro}\n\n${lines.map((l) => `• ${l}`).join('\n')}`,
      t('common.warningsTitle'),
      {
        type: 'warning',
        confirmButtonText: t('actions.saveAnyway'),
        cancelButtonText: t('actions.reviseFirst'),
        customClass: 'warning-confirm',
      },
    )
      .then(() => true)
      .catch(() => false)
  }

  /**
   * Sends a write; when the core asks to confirm its warnings and the user agrees, sends it again accepting them.
   * Any other refusal (or "revise first") is thrown as it came.
   */
  async function sendConfirming<T>(send: (acceptWarnings: boolean) => Promise<T>, intro: string): Promise<T> {
    try {
      return await send(false)
    } catch (err) {
      if (!(await confirmWarnings(err, intro))) throw err
      return send(true)
    }
  }

  return { confirmWarnings, sendConfirming }
}
