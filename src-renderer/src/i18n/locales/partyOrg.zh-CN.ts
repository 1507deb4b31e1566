// 党建覆盖 · partyOrg texts (zh-CN), kept beside the main catalog.
const partyOrgZhCN = {
  title: '党建覆盖',
}

export default partyOrgZhCN
