// 附件 of a coaching session, a service project or a ledger entry: one way to take the chosen file and to save a
// downloaded one. The core stores and checks the bytes; these only move them.
import { ElMessage } from 'element-plus'
import type { AttachmentContent } from '@shared/entities'
import { ATTACHMENT_MAX_BYTES } from '@shared/schemas'
import { saveBytes } from './useExcelExport'
import { useNotice } from './useNotice'

/** A chosen file's bytes as base64, read in chunks (a large file would overflow one `fromCharCode` call). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function useAttachments() {
  const { errorText } = useNotice()

  /**
   * The file chosen in an `<input type="file">` (the input is cleared, so the same file may be chosen again); null
   * when none was chosen, or when it is too large — said in a message with `tooLargeText`.
   */
  function chosenFile(event: Event, tooLargeText: string): File | null {
    const input = event.target as HTMLInputElement
    const file = input.files?.[0] ?? null
    input.value = ''
    if (file && file.size > ATTACHMENT_MAX_BYTES) {
      ElMessage.error(tooLargeText)
      return null
    }
    return file
  }

  /** Asks the core for an attachment and saves it; a refusal (missing, altered file) is shown. */
  async function download(get: () => Promise<AttachmentContent>): Promise<void> {
    try {
      const file = await get()
      saveBytes(file.fileName, file.contentBase64, 'application/octet-stream')
    } catch (err) {
      ElMessage.error(errorText(err))
    }
  }

  return { chosenFile, download }
}
