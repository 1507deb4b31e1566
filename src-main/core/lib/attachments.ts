// 附件 kept in the data folder under their SHA-256: the file's bytes are copied in (the original path plays no part)
// and checked against the recorded hash when read back. Shared by 指导记录 (coaching) and 服务项目 (service projects);
// each caller names its own messages, so the user reads what the file belonged to.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MessageKey } from '../../shared/messages'
import { ATTACHMENT_MAX_BYTES } from '../../shared/schemas'
import { fail } from '../errors'

/** The message keys a caller uses for each refusal. */
export interface AttachmentMessages {
  /** No data folder (a run without one, e.g. some tests). */
  unavailable: MessageKey
  /** The base64 text does not decode to the bytes it claims, or is empty. */
  unreadable: MessageKey
  tooLarge: MessageKey
  /** {file}: the file is no longer in the data folder. */
  missing: MessageKey
  /** {file}: the bytes no longer match the recorded hash. */
  corrupt: MessageKey
}

export interface StoredFile {
  sha256: string
  sizeBytes: number
}

function attachmentPath(dir: string, sha256: string): string {
  return join(dir, sha256.slice(0, 2), sha256)
}

/** Decodes and stores the bytes under their hash; the same content is stored once. */
export function storeAttachment(
  attachmentsDir: string | null | undefined,
  contentBase64: string,
  messages: AttachmentMessages,
): StoredFile {
  if (!attachmentsDir) fail('CONFLICT', messages.unavailable)
  const bytes = Buffer.from(contentBase64, 'base64')
  if (bytes.length === 0 || bytes.toString('base64').replace(/=+$/, '') !== contentBase64.replace(/=+$/, ''))
    fail('VALIDATION', messages.unreadable)
  if (bytes.length > ATTACHMENT_MAX_BYTES) fail('VALIDATION', messages.tooLarge)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const target = attachmentPath(attachmentsDir, sha256)
  if (!existsSync(target)) {
    // Written beside, then renamed: a crash leaves no half file under the hash's name.
    mkdirSync(join(attachmentsDir, sha256.slice(0, 2)), { recursive: true })
    const temp = `${target}.${process.pid}.tmp`
    writeFileSync(temp, bytes, { flush: true })
    renameSync(temp, target)
  }
  return { sha256, sizeBytes: bytes.length }
}

/** The bytes back, after checking they still match the recorded hash. */
export function readAttachment(
  attachmentsDir: string | null | undefined,
  file: { fileName: string; sha256: string },
  messages: AttachmentMessages,
): { fileName: string; sha256: string; contentBase64: string } {
  if (!attachmentsDir) fail('CONFLICT', messages.unavailable)
  const path = attachmentPath(attachmentsDir, file.sha256)
  if (!existsSync(path)) fail('CONFLICT', messages.missing, { file: file.fileName })
  const bytes = readFileSync(path)
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256)
    fail('CONFLICT', messages.corrupt, { file: file.fileName })
  return { fileName: file.fileName, sha256: file.sha256, contentBase64: bytes.toString('base64') }
}
