import { describe, expect, it } from 'vitest'
import { checkUscc, completeUscc, orgCodeCheckChar, usccCheckChar } from '../../src-main/core/lib/uscc'

describe('统一社会信用代码 (GB 32100), the vectors of domain.md §1', () => {
  it.each(['51370600MJD0000110', '52370602MJD00002XH', '91350100M000100Y43'])(
    '%s is valid without warnings',
    (code) => {
      const result = checkUscc(code)
      expect(result).toEqual({ ok: true, code, warnings: [] })
    },
  )

  it('computes check value 31 as 0', () => {
    expect(usccCheckChar('51370600MJD000011')).toBe('0')
  })

  it('a wrong check character names the expected one', () => {
    expect(checkUscc('51370600MJD0000111')).toMatchObject({
      ok: false,
      error: { key: 'uscc.checkChar', params: { expected: '0', actual: '1' } },
    })
  })

  it('rejects the letters I and O by name', () => {
    expect(checkUscc('51370600MJD00001IO')).toMatchObject({
      ok: false,
      error: { key: 'uscc.forbiddenLetters', params: { letters: 'I、O' } },
    })
    expect(checkUscc('5137060SMJD000011V')).toMatchObject({ error: { params: { letters: 'S、V' } } })
  })

  it('rejects 17 characters, saying how many there are', () => {
    expect(checkUscc('51370600MJD000011')).toMatchObject({
      ok: false,
      error: { key: 'uscc.length', params: { length: 17 } },
    })
  })

  it('normalises spaces and lower case before checking', () => {
    expect(checkUscc(' 5137 0600mjd0000110 ')).toEqual({ ok: true, code: '51370600MJD0000110', warnings: [] })
  })

  it('rejects other characters and a non-numeric division block', () => {
    expect(checkUscc('51370600MJD00001-0')).toMatchObject({
      ok: false,
      error: { key: 'uscc.badChars', params: { chars: '-' } },
    })
    expect(checkUscc('5137A600MJD0000110')).toMatchObject({ ok: false, error: { key: 'uscc.division' } })
  })

  it('warns, without refusing, when the embedded organisation code fails GB 11714', () => {
    expect(checkUscc('51370600MJD0000123')).toEqual({
      ok: true,
      code: '51370600MJD0000123',
      warnings: [{ key: 'uscc.orgCodeWarning', params: { expected: '1', actual: '2' } }],
    })
  })

  it('organisation-code checks map 10 to X and 11 to 0', () => {
    expect(orgCodeCheckChar('MJD00002')).toBe('X')
    expect(orgCodeCheckChar('MJD00001')).toBe('1')
    const body = ['00000000', '12345678', 'MJ100001', 'MJ100002'].map((b) => orgCodeCheckChar(b))
    for (const c of body) expect(c).toMatch(/^[0-9X]$/)
  })

  it('completeUscc builds codes that pass', () => {
    const code = completeUscc(`52370611MJ100003${orgCodeCheckChar('MJ100003')}`)
    expect(checkUscc(code)).toEqual({ ok: true, code, warnings: [] })
  })
})
