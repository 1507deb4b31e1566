// The one contract between renderer and core: each channel's input schema and output type.
import type { z } from 'zod'
import type { Channel } from './channels'
import type {
  DemoLoadResult,
  DraftCheck,
  OrganizationDetail,
  OrganizationFilterOptions,
  OrganizationListItem,
  Page,
  SystemStatus,
} from './entities'
import {
  baseInfoInput,
  byIdInput,
  emptyInput,
  organizationArchiveInput,
  organizationChangeStageInput,
  organizationCheckInput,
  organizationCreateInput,
  organizationListInput,
  organizationUpdateInput,
} from './schemas'

export const inputSchemas = {
  'system.status': emptyInput,
  'system.setup': baseInfoInput,
  'system.updateBase': baseInfoInput,
  'demo.load': emptyInput,
  'organization.list': organizationListInput,
  'organization.filterOptions': emptyInput,
  'organization.get': byIdInput,
  'organization.check': organizationCheckInput,
  'organization.create': organizationCreateInput,
  'organization.update': organizationUpdateInput,
  'organization.changeStage': organizationChangeStageInput,
  'organization.archive': organizationArchiveInput,
  'organization.restore': byIdInput,
} satisfies Record<Channel, z.ZodType>

export interface ChannelOutputs {
  'system.status': SystemStatus
  'system.setup': SystemStatus
  'system.updateBase': SystemStatus
  'demo.load': DemoLoadResult
  'organization.list': Page<OrganizationListItem>
  'organization.filterOptions': OrganizationFilterOptions
  'organization.get': OrganizationDetail
  'organization.check': DraftCheck
  'organization.create': OrganizationDetail
  'organization.update': OrganizationDetail
  'organization.changeStage': OrganizationDetail
  'organization.archive': OrganizationDetail
  'organization.restore': OrganizationDetail
}

/** What the caller sends (defaults may be left out). */
export type ChannelInput<C extends Channel> = z.input<(typeof inputSchemas)[C]>
/** What the handler receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>
export type ChannelOutput<C extends Channel> = ChannelOutputs[C]

export type { Channel }
