// 导入 Excel: the columns of the three import templates. The template script, the importer and the list exports
// all read these, so a shipped template, an export and the importer cannot drift apart.
import type {
  GENDERS,
  LEGAL_TYPES,
  MEMBER_CATEGORIES,
  MEMBER_RELATIONS,
  SERVICE_AREAS,
  STAGES,
  UNIT_TYPES,
} from '../../shared/enums'
import type { ImportKind } from '../../shared/entities'
import { ENUM_LABELS_ZH_CN } from '../../shared/messages'

/**
 * The words a cell may hold for a coded value: the zh-CN labels the forms show (a test compares them with the
 * zh-CN locale). The importer also accepts the code itself.
 */
export const CHOICE_LABELS = {
  legalType: ENUM_LABELS_ZH_CN.legalType,
  stage: ENUM_LABELS_ZH_CN.stage,
  serviceArea: ENUM_LABELS_ZH_CN.serviceArea,
  unitType: ENUM_LABELS_ZH_CN.unitType,
  gender: ENUM_LABELS_ZH_CN.gender,
  memberCategory: ENUM_LABELS_ZH_CN.memberCategory,
  memberRelation: ENUM_LABELS_ZH_CN.memberRelation,
}

// The label lists above must cover each enum exactly (checked by the compiler through these assignments).
type Covers<E extends string, L> = [E] extends [keyof L] ? ([keyof L] extends [E] ? true : never) : never
const _covered: [
  Covers<(typeof LEGAL_TYPES)[number], typeof CHOICE_LABELS.legalType>,
  Covers<(typeof STAGES)[number], typeof CHOICE_LABELS.stage>,
  Covers<(typeof SERVICE_AREAS)[number], typeof CHOICE_LABELS.serviceArea>,
  Covers<(typeof UNIT_TYPES)[number], typeof CHOICE_LABELS.unitType>,
  Covers<(typeof GENDERS)[number], typeof CHOICE_LABELS.gender>,
  Covers<(typeof MEMBER_CATEGORIES)[number], typeof CHOICE_LABELS.memberCategory>,
  Covers<(typeof MEMBER_RELATIONS)[number], typeof CHOICE_LABELS.memberRelation>,
] = [true, true, true, true, true, true, true]
void _covered

/** Several values in one cell (服务领域, 设施) are separated by a semicolon: the labels themselves hold 、. */
export const LIST_SEPARATOR = '；'
export const LIST_SPLIT = /[;；\n]+/

/** 老党员 / 老干部 in the roster's 标记 column, as the roster export writes them. */
export const MEMBER_FLAGS = { veteranMember: '老党员', veteranCadre: '老干部' } as const
export const FLAG_SEPARATOR = '、'

export interface ImportColumn {
  /** The field of the form's input (or a lookup such as the floor's name). */
  key: string
  /** The header in the template and the exports; the importer finds the column by it. */
  header: string
  /** Other headers the importer accepts for this column (the roster export's headings). */
  aliases?: readonly string[]
  required: boolean
  width: number
  /** The value of the template's example row. */
  example: string | number
  /** 填写说明: what to write, in Chinese. */
  help: string
}

const choices = (labels: Record<string, string>, separator = '、'): string =>
  Object.values(labels).join(separator)

const DATE_HELP = '日期，如 2026-03-01（也可用 Excel 的日期格式）'

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  organization: [
    {
      key: 'name',
      header: '组织名称',
      required: true,
      width: 30,
      example: '芝罘区幸福来敲门邻里互助中心',
      help: '全称，最多 100 字；不能与已有组织重名',
    },
    {
      key: 'shortName',
      header: '简称',
      required: false,
      width: 14,
      example: '幸福来敲门',
      help: '最多 30 字',
    },
    {
      key: 'uscc',
      header: '统一社会信用代码',
      required: false,
      width: 22,
      example: '52370602MJE010545K',
      help: '18 位，按 GB 32100 校验；社会团体、民办非企业单位、基金会必填；不能与已有组织重复',
    },
    {
      key: 'legalType',
      header: '组织类型',
      required: true,
      width: 16,
      example: '民办非企业单位',
      help: `可填：${choices(CHOICE_LABELS.legalType)}`,
    },
    {
      key: 'serviceAreas',
      header: '服务领域',
      required: false,
      width: 24,
      example: '社区治理；青少年',
      help: `可填多个，用分号“；”隔开：${choices(CHOICE_LABELS.serviceArea, ' / ')}`,
    },
    {
      key: 'stage',
      header: '孵化阶段',
      required: false,
      width: 12,
      example: '入驻',
      help: `不填为“申请”；可填：${choices(CHOICE_LABELS.stage)}`,
    },
    {
      key: 'stageDate',
      header: '阶段日期',
      required: true,
      width: 12,
      example: '2026-03-01',
      help: `进入当前阶段的日期，不能晚于今天；${DATE_HELP}`,
    },
    {
      key: 'legalRepresentative',
      header: '法定代表人',
      required: false,
      width: 12,
      example: '王丽',
      help: '最多 30 字',
    },
    {
      key: 'contactPerson',
      header: '联系人',
      required: true,
      width: 12,
      example: '李强',
      help: '最多 30 字',
    },
    {
      key: 'contactPhone',
      header: '联系电话',
      required: true,
      width: 16,
      example: '13512345678',
      help: '手机 11 位，或区号加座机号码（如 0535-6688123）',
    },
    {
      key: 'email',
      header: '电子邮箱',
      required: false,
      width: 22,
      example: 'xingfu@example.com',
      help: '如 name@example.com',
    },
    {
      key: 'address',
      header: '办公地址',
      required: false,
      width: 30,
      example: '芝罘区只楚路 1 号 3 楼',
      help: '最多 200 字',
    },
    {
      key: 'registeredOn',
      header: '登记日期',
      required: false,
      width: 12,
      example: '2025-06-18',
      help: `民政登记日期，不能晚于今天；${DATE_HELP}`,
    },
    {
      key: 'registrar',
      header: '登记管理机关',
      required: false,
      width: 20,
      example: '烟台市芝罘区民政局',
      help: '最多 60 字',
    },
    {
      key: 'agreementNo',
      header: '入驻协议编号',
      required: false,
      width: 16,
      example: 'RZ-2026-001',
      help: '最多 40 字',
    },
    {
      key: 'agreementStart',
      header: '协议开始日期',
      required: false,
      width: 12,
      example: '2026-03-01',
      help: `与结束日期同时填写；${DATE_HELP}`,
    },
    {
      key: 'agreementEnd',
      header: '协议结束日期',
      required: false,
      width: 12,
      example: '2027-02-28',
      help: `须晚于开始日期；${DATE_HELP}`,
    },
    {
      key: 'description',
      header: '简介',
      required: false,
      width: 40,
      example: '为社区老人提供助餐、陪伴和探访服务。',
      help: '最多 2000 字',
    },
  ],
  unit: [
    {
      key: 'floor',
      header: '楼层',
      required: true,
      width: 10,
      example: '一层',
      help: '已在“空间管理”中建好的楼层名称',
    },
    {
      key: 'code',
      header: '编号',
      required: true,
      width: 10,
      example: '101',
      help: '最多 20 字；全基地不能重复（不分大小写）',
    },
    { key: 'name', header: '名称', required: false, width: 16, example: '东侧办公室', help: '最多 30 字' },
    {
      key: 'unitType',
      header: '类型',
      required: true,
      width: 14,
      example: '独立办公室',
      help: `可填：${choices(CHOICE_LABELS.unitType)}`,
    },
    {
      key: 'areaM2',
      header: '面积（平方米）',
      required: true,
      width: 14,
      example: 36.5,
      help: '大于 0 的数字，最多两位小数',
    },
    { key: 'seats', header: '工位或座位数', required: false, width: 12, example: 6, help: '整数，不填为 0' },
    {
      key: 'amenities',
      header: '设施',
      required: false,
      width: 24,
      example: '空调；网络；投影',
      help: '可填多个，用分号“；”隔开，每项最多 20 字',
    },
  ],
  member: [
    { key: 'name', header: '姓名', required: true, width: 10, example: '张伟', help: '最多 30 字' },
    {
      key: 'gender',
      header: '性别',
      required: true,
      width: 6,
      example: '男',
      help: '男 或 女；须与身份证号码一致',
    },
    {
      key: 'birthDate',
      header: '出生日期',
      required: true,
      width: 12,
      example: '1985-07-12',
      help: `须与身份证号码一致；${DATE_HELP}`,
    },
    {
      key: 'idNumber',
      header: '公民身份号码',
      aliases: ['身份证号码'],
      required: true,
      width: 22,
      example: '370602198507120016',
      help: '18 位，按 GB 11643 校验；请把该列设为“文本”格式，以免 Excel 丢掉后几位；不能与已登记的党员重复',
    },
    {
      key: 'category',
      header: '党员类别',
      required: true,
      width: 10,
      example: '正式党员',
      help: `可填：${choices(CHOICE_LABELS.memberCategory)}`,
    },
    {
      key: 'relation',
      header: '组织关系',
      required: true,
      width: 14,
      example: '正式组织关系',
      help: `可填：${choices(CHOICE_LABELS.memberRelation)}`,
    },
    {
      key: 'joinedOn',
      header: '入党日期',
      required: false,
      width: 12,
      example: '2010-07-01',
      help: `不能晚于今天；${DATE_HELP}`,
    },
    {
      key: 'fullOn',
      header: '转正日期',
      required: false,
      width: 12,
      example: '2011-07-01',
      help: `预备党员不填；不早于入党日期；${DATE_HELP}`,
    },
    {
      key: 'group',
      header: '党小组',
      required: false,
      width: 14,
      example: '',
      help: '已设立的党小组名称，可不填',
    },
    {
      key: 'organization',
      header: '所在入驻组织',
      required: false,
      width: 30,
      example: '芝罘区幸福来敲门邻里互助中心',
      help: '已登记的入驻组织全称，可不填',
    },
    {
      key: 'post',
      header: '职务',
      aliases: ['在该组织的职务'],
      required: false,
      width: 14,
      example: '理事长',
      help: '在该组织的职务，最多 30 字',
    },
    {
      key: 'managementPost',
      header: '担任管理职务',
      required: false,
      width: 12,
      example: '是',
      help: '在入驻组织担任管理职务填“是”，否则填“否”或不填',
    },
    {
      key: 'phone',
      header: '手机号码',
      required: false,
      width: 14,
      example: '13612345678',
      help: '手机 11 位，或区号加座机号码',
    },
    {
      key: 'flags',
      header: '标记',
      required: false,
      width: 12,
      example: '',
      help: `可填：${MEMBER_FLAGS.veteranMember}、${MEMBER_FLAGS.veteranCadre}（两项都有时用“、”隔开），没有不填`,
    },
    {
      key: 'entryDate',
      header: '在册开始日期',
      required: false,
      width: 12,
      example: '2026-01-05',
      help: `列入本支部名册的日期，不填为今天；${DATE_HELP}`,
    },
    { key: 'note', header: '备注', required: false, width: 24, example: '', help: '最多 500 字' },
  ],
}

/** The file name of each shipped template, in `resources/templates/`. */
export const TEMPLATE_FILES: Record<ImportKind, string> = {
  organization: 'import-organizations.xlsx',
  unit: 'import-units.xlsx',
  member: 'import-members.xlsx',
}

/** What the user sees as the template's name when it is downloaded. */
export const TEMPLATE_TITLES: Record<ImportKind, string> = {
  organization: '入驻组织导入模板',
  unit: '空间单元导入模板',
  member: '党员名册导入模板',
}

/** A header as typed: spaces and a trailing required mark dropped, full-width brackets as half-width. */
export function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/(\*|＊|\(必填\))$/, '')
}
