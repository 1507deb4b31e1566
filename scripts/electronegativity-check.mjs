// `npm run security`: electronegativity on the built app (out/), then every HIGH or MEDIUM finding must have a
// written reason in security/electronegativity-reviewed.json. Exit 1 lists the ones that do not.
//
// electronegativity runs in-process through its programmatic API (its CLI breaks on the newer `commander` that
// npm hoists here). Its two network calls are cut off: the translation download (got is replaced by a stub that
// answers 404, so the bundled English texts are used) and the "newer Electron release" check, which is excluded
// because it needs GitHub. Nothing leaves the machine.
import console from 'node:console'
import { readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// The folder to scan, relative to the project: the built app unless another is named (`npm run security -- dir`).
const SCANNED = relative(root, resolve(root, process.argv[2] ?? 'out'))
  .split(sep)
  .join('/')
const REVIEWED = 'security/electronegativity-reviewed.json'
const FAILING = new Set(['HIGH', 'MEDIUM'])
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

function fail(message) {
  console.error(`electronegativity-check: ${message}`)
  process.exit(2)
}

/** The reviewed findings: [{ check, file, occurrences?, reason }], each reason a sentence or more. */
function loadReviewed() {
  const path = join(root, REVIEWED)
  if (!existsSync(path)) return []
  let data
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    fail(`${REVIEWED} is not valid JSON: ${err.message}`)
  }
  const entries = data.findings
  if (!Array.isArray(entries)) fail(`${REVIEWED} needs a "findings" array`)
  entries.forEach((e, i) => {
    if (typeof e.check !== 'string' || typeof e.file !== 'string')
      fail(`${REVIEWED} findings[${i}] needs "check" and "file"`)
    if (typeof e.reason !== 'string' || e.reason.trim().length < 20)
      fail(`${REVIEWED} findings[${i}] (${e.check} ${e.file}) needs a written "reason"`)
    if (e.occurrences !== undefined && !(Number.isInteger(e.occurrences) && e.occurrences > 0))
      fail(`${REVIEWED} findings[${i}] "occurrences" must be a positive integer`)
  })
  return entries
}

/** Bundler hashes change with every edit: out/renderer/assets/List-C4yr1fGv.js → List-[hash].js. */
function stableFile(file) {
  if (file === 'N/A') return file
  return `${SCANNED}/${file.split(sep).join('/')}`.replace(
    /-[A-Za-z0-9_-]{8}(\.(?:js|mjs|css))$/,
    '-[hash]$1',
  )
}

async function scan() {
  const input = join(root, SCANNED)
  if (!existsSync(input)) fail(`${SCANNED}/ does not exist: run \`npm run build\``)

  const electronegativityDir = dirname(
    createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
  )
  const requireFromTool = createRequire(join(electronegativityDir, 'package.json'))
  const gotPath = requireFromTool.resolve('got')
  const offline = () => Promise.resolve({ statusCode: 404, body: '', headers: {} })
  offline.head = () => Promise.reject(new Error('network disabled by electronegativity-check'))
  requireFromTool.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline }

  const runner = requireFromTool('./dist/runner.js')
  const run = runner.default ?? runner
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version
  const result = await run(
    {
      input,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: false,
      isVerbose: false,
      electronUpgrade: undefined,
      // out/ has no package.json: tell it the Electron we ship, so checks use Electron 45's defaults.
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  )
  return { result, electronVersion, input }
}

const started = Date.now()
const reviewed = loadReviewed()
const { result, electronVersion, input } = await scan()

const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: stableFile(issue.file === 'N/A' ? 'N/A' : relative(input, issue.file)),
  line: `${issue.location.line}:${issue.location.column}`,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  description: issue.description,
  sample: String(issue.sample ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120),
  manualReview: issue.manualReview,
}))
// A file electronegativity could not parse was not checked at all: that fails like a finding.
for (const error of result.errors) {
  findings.push({
    check: 'PARSE_ERROR',
    file: stableFile(relative(input, error.file)),
    line: '-',
    severity: error.tolerable ? 'INFORMATIONAL' : 'HIGH',
    confidence: 'CERTAIN',
    description: error.message,
    sample: '',
    manualReview: false,
  })
}

const key = (f) => `${f.check} ${f.file}`
const reasons = new Map(reviewed.map((e) => [key(e), e]))
const seen = new Map()
const unreviewed = []
const order = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 }
findings.sort((a, b) => (order[a.severity] ?? 9) - (order[b.severity] ?? 9) || key(a).localeCompare(key(b)))

console.log(
  `electronegativity on ${SCANNED}/ (Electron ${electronVersion}): ${result.globalChecks} global and ` +
    `${result.atomicChecks} atomic checks, ${findings.length} finding(s)`,
)
for (const f of findings) {
  const count = (seen.get(key(f)) ?? 0) + 1
  seen.set(key(f), count)
  const entry = reasons.get(key(f))
  const covered = entry && (entry.occurrences === undefined || count <= entry.occurrences)
  let verdict
  if (!FAILING.has(f.severity)) verdict = 'not failing'
  else if (covered) verdict = 'reviewed'
  else {
    verdict = entry ? `NOT REVIEWED (occurrence ${count}, ${entry.occurrences} reviewed)` : 'NOT REVIEWED'
    unreviewed.push(f)
  }
  console.log(`  ${f.severity.padEnd(13)} ${f.check}  ${f.file}:${f.line}  [${verdict}]`)
  console.log(`      ${f.description}${f.manualReview ? ' (electronegativity: needs manual review)' : ''}`)
  if (f.sample) console.log(`      code: ${f.sample}`)
  if (covered && FAILING.has(f.severity)) console.log(`      reason: ${entry.reason}`)
}

const stale = reviewed.filter((e) => !seen.has(key(e)))
for (const e of stale) {
  console.warn(`warning: stale entry in ${REVIEWED}: ${key(e)} no longer occurs; remove it`)
}

const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (unreviewed.length > 0) {
  console.error(`\n${unreviewed.length} HIGH/MEDIUM finding(s) without a written reason in ${REVIEWED}:`)
  for (const f of unreviewed) console.error(`  ${f.severity} ${f.check}  ${f.file}:${f.line}`)
  console.error('Fix the code, or add { "check", "file", "reason" } explaining why it is acceptable.')
  process.exit(1)
}
console.log(`electronegativity: no unreviewed HIGH or MEDIUM finding (${seconds} s)`)
