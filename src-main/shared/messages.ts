// The messages the core sends with an error, keyed for translation. zh-CN is the source text; the
// renderer's zh-CN locale uses this very object, zh-TW and en translate every key (a test checks it).
// Placeholders are `{name}`; no `@` or `|` (vue-i18n syntax).

export const messagesZhCN = {
  common: {
    badInput: '提交的数据格式不正确（{detail}），未做任何修改。',
    unknownChannel: '未知的操作“{channel}”，未做任何修改。',
    forbidden: '当前账号无权执行此操作，未做任何修改。',
    internal: '操作未完成，数据未被修改。请重试；如仍失败，请联系管理员。',
    invalidFields: '有 {count} 项填写有误，请按提示修改后再保存，未做任何修改。',
    needsConfirmation: '有 {count} 条提醒需要确认；确认无误后可继续保存。',
    notFound: '未找到要操作的记录，可能已被他人修改，请刷新后重试。',
    unreachable: '无法连接到双核的数据服务（{detail}），未做任何修改。',
    unauthenticated: '请先登录。',
    locked: '双核已锁定，请输入密码解锁后继续。',
  },
  field: {
    required: '此项为必填项。',
    tooLong: '不能超过 {max} 个字符。',
    invalid: '格式不正确。',
    date: '请填写真实存在的日期，格式为 YYYY-MM-DD（如 2026-03-01）。',
    dateFuture: '日期不能晚于今天（{today}）。',
    positiveNumber: '请填写大于 0 的数字。',
    phone: '联系电话格式不正确：手机号为 11 位（如 13512345678），座机为区号加号码（如 0535-6688123）。',
    email: '电子邮箱格式不正确，应形如 name{at}example.com。',
    notInList: '请从列表中选择。',
    wholeNumber: '请填写整数。',
  },
  uscc: {
    length: '统一社会信用代码应为 18 位，当前为 {length} 位。',
    forbiddenLetters:
      '统一社会信用代码不使用字母 {letters}（I、O、S、V、Z 易与数字混淆），请核对证书后重新输入。',
    badChars: '统一社会信用代码只能由数字和大写字母组成，不能含有“{chars}”。',
    division: '统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码。',
    checkChar:
      '校验位不正确：按 GB 32100 计算，第 18 位应为“{expected}”，实际为“{actual}”。请核对证书后重新输入。',
    requiredForType: '已登记的社会团体、民办非企业单位和基金会须填写统一社会信用代码。',
    orgCodeWarning:
      '第 9–17 位组织机构代码的校验位与 GB 11714 不符（第 17 位应为“{expected}”，实际为“{actual}”）。请核对证书；确认无误可继续保存。',
    typeWarning:
      '第 2 位机构类别代码为“{digit}”（{digitMeaning}），与所选组织类型“{legalType}”不一致。请核对；确认无误可继续保存。',
    departmentWarning:
      '第 1 位登记管理部门代码为“{digit}”，社会组织通常为“5”（民政）。请核对；确认无误可继续保存。',
  },
  organization: {
    duplicateCode: '统一社会信用代码已被“{name}”使用，不能重复登记。',
    duplicateCodeArchived:
      '统一社会信用代码已被已归档的“{name}”使用。请在列表范围中选择“已归档”，找到并恢复它。',
    duplicateName: '已有同名组织“{name}”，不能重复登记。',
    duplicateNameArchived: '已有同名的已归档组织“{name}”。请在列表范围中选择“已归档”，找到并恢复它。',
    agreementEndBeforeStart: '协议结束日期应晚于开始日期（{start}）。',
    agreementIncomplete: '入驻协议的开始和结束日期需同时填写。',
    archived: '该组织已归档，恢复后才能修改。',
    alreadyArchived: '该组织已归档，无需再次归档。',
    notArchived: '该组织未归档，无需恢复。',
    sameStage: '所选阶段与当前阶段相同，请选择其他阶段。',
    stageBeforePrevious: '变更日期不能早于上一阶段的日期（{previousDate}）。',
    registeredInFuture: '登记日期不能晚于今天（{today}）。',
  },
  account: {
    usernameFormat: '用户名只能包含字母、数字、点、下划线和连字符。',
    rolesRequired: '请至少选择一个角色。',
    usernameTaken: '用户名“{username}”已被使用，请换一个。',
    passwordTooShort: '密码至少 8 位。',
    passwordWeak: '密码须同时包含字母和数字。',
    passwordSameAsUsername: '密码不能与用户名相同。',
    loginFailed: '用户名或密码不正确。',
    loginFailedRemaining: '用户名或密码不正确。再输错 {remaining} 次，账号将锁定 15 分钟。',
    accountLocked: '该账号因连续输错密码已锁定，请于 {until} 后再试，或请管理员重置密码。',
    inactive: '该账号已停用，请联系管理员。',
    currentPasswordWrong: '当前密码不正确，密码未修改。',
    samePassword: '新密码不能与当前密码相同。',
    lastAdmin: '至少要保留一个启用的管理员账号。',
    unlockWrongPassword: '密码不正确，未能解锁。',
    mustChangePassword: '请先修改初始密码。',
  },
  settings: {
    idleRange: '请填写 1 到 240 之间的整数（分钟）。',
    keepRange: '请填写合理的份数：每日备份 1–365 份，每月备份 0–120 份。',
  },
  backup: {
    destinationNotAbsolute: '请填写完整路径，例如 D:\\双核备份\\shuanghe.db 或 /media/usb/shuanghe.shbak。',
    destinationExists: '目标文件“{path}”已存在。为防止覆盖，请换一个文件名。',
    destinationFolderMissing: '目标文件夹“{folder}”不存在，请先创建它或换一个位置。',
    extension: '加密备份的文件名请以 .shbak 结尾，未加密的以 .db 结尾。',
    sourceMissing: '找不到备份文件“{path}”。',
    sourceNotDatabase: '“{path}”不是双核的备份文件，当前数据未做任何改动。',
    sourceCorrupt: '备份文件未通过完整性检查（{detail}），已拒绝恢复，当前数据未做任何改动。',
    sourceTooNew:
      '该备份由更新版本的双核生成（数据版本 {found}，本程序最高支持 {supported}），已拒绝恢复，当前数据未做任何改动。请先升级双核。',
    passwordNeeded: '该备份已加密，请输入备份密码。',
    wrongPassword: '备份密码不正确，或文件已损坏，当前数据未做任何改动。',
    failed: '备份未完成（{detail}），数据未被改动。',
    restoreFailed: '恢复未完成（{detail}），已保留原有数据。',
    unavailable: '当前运行方式不支持备份与恢复。',
  },
  member: {
    idLength: '公民身份号码应为 18 位，当前为 {length} 位。',
    idFormat: '公民身份号码前 17 位应为数字，第 18 位为数字或 X。',
    idBirthDate: '公民身份号码第 7–14 位的出生日期“{date}”不存在。',
    idFuture: '公民身份号码中的出生日期“{date}”晚于今天。',
    idCheckChar: '公民身份号码校验位不正确：按 GB 11643 计算，第 18 位应为“{expected}”，实际为“{actual}”。',
    birthMismatch: '出生日期与公民身份号码中的“{date}”不一致。',
    genderMismatch: '性别与公民身份号码第 17 位“{digit}”不一致（奇数为男，偶数为女）。',
    duplicateIdNumber: '该公民身份号码已登记为党员“{name}”，不能重复登记。',
    organizationMissing: '所选入驻组织不存在，请重新选择。',
    notOnRoster: '“{name}”已不在册（{exitKind}，{date}），不能再办理离开。',
    exitBeforeEntry: '离开日期不能早于本次在册的开始日期 {date}。',
    transferInOnlyAfterTransferOut: '只有已转出的党员才能再转入；“{name}”的记录是{exitKind}（{date}）。',
    alreadyOnRoster: '“{name}”目前在册，无需转入。',
    transferInBeforeExit: '转入日期不能早于转出日期 {date}。',
    fullOnProbationary: '预备党员没有转正日期。转正后请把类别改为正式党员，并填写转正日期。',
    fullBeforeJoined: '转正日期不能早于入党日期 {date}。',
    entryBeforeBirth: '在册开始日期不能早于出生日期 {date}。',
    groupMissing: '所选党小组不存在或已归档，请重新选择。',
  },
  space: {
    timeFormat: '时间格式应为 HH:mm（如 09:30）。',
    areaPrecision: '面积最多保留两位小数。',
    gridRange: '网格大小应在 10 到 200 格之间。',
    bufferRange: '预约间隔应在 0 到 240 分钟之间。',
    rentFen: '参考租金应为 0 到 1000 元之间的金额，最多两位小数。',
    attendeesRange: '人数应为 1 到 10000 之间的整数。',
    openRange: '开放结束时间应晚于开始时间。',
    codeTaken: '编号“{code}”已被“{floor}”的单元使用，请换一个编号。',
    floorNameTaken: '已有名为“{name}”的楼层或区域。',
    floorMissing: '所选楼层不存在，请重新选择。',
    unitArchived: '该空间单元已停用归档，恢复后才能使用。',
    unitNotAllocatable: '“{code}”是{type}，只能预约，不能长期分配。',
    unitNotBookable: '“{code}”是{type}，只能长期分配，不能按时段预约。',
    overlapOnPlan: '与平面图上的“{code}”重叠，请移到空白处。',
    outsideGrid: '超出了平面图的范围（{width} × {height} 格）。',
    outageEndBeforeStart: '结束日期不能早于开始日期（{start}）。',
    allocationOverlap: '该单元在 {start} 至 {end} 已分配给“{holder}”，与所选日期重叠。',
    allocationOutOfService: '该单元在 {start} 至 {end} {kind}，这段时间不能分配。',
    allocationEndBeforeStart: '结束日期不能早于开始日期（{start}）。',
    allocationNoAgreement: '“{name}”没有入驻协议日期，请填写分配的开始和结束日期。',
    allocationOrganizationArchived: '“{name}”已归档，不能分配空间。',
    allocationCancelled: '该分配已撤销，不能再修改。',
    extendNotLater: '续期后的结束日期应晚于当前结束日期（{end}）。',
    endEarlyNotEarlier: '提前结束的日期应早于当前结束日期（{end}），且不早于开始日期（{start}）。',
    bookingRangeTooLong: '一次最多查看 62 天的预约。',
    bookingEndBeforeStart: '结束时间应晚于开始时间。',
    bookingOutsideHours: '预约时间应在开放时间 {from}–{until} 之内。',
    bookingClosedDay: '{date} 是闭馆日，不能预约。',
    bookingOutOfService: '该房间在 {date} {kind}，不能预约。',
    bookingConflict:
      '与已有预约冲突：{date} {start}–{end}“{title}”（{booker}）。两次预约之间需间隔 {buffer} 分钟。',
    bookingPast: '不能预约已经过去的日期（{date}）。',
    capacityWarning: '参加人数 {attendees} 人超过了房间座位数 {seats} 个。确认无误可继续保存。',
    seriesEmpty: '所选日期范围内没有可预约的日期，未做任何预约。',
    seriesRange: '循环预约的结束日期应不早于开始日期，且跨度不超过一年。',
    bookingCancelled: '该预约已取消。',
    organizationRequired: '请选择预约的入驻组织。',
    typeChangeInUse: '“{code}”仍有进行中的{what}，不能在可分配与可预约两类之间改变类型。',
    outageOverBookings:
      '这段时间该房间已有 {count} 项预约（最早为 {date} {start}“{title}”）。确认后这些预约将被取消。',
    outageOverAllocation: '这段时间该单元分配给了“{holder}”（{start} 至 {end}），请确认已与对方沟通。',
    allocationOutOfServiceOpen: '该单元自 {start} 起长期{kind}，这段时间不能分配。',
    bookingConflictNoBuffer: '与已有预约冲突：{date} {start}–{end}“{title}”（{booker}）。',
    bookingPastTime: '不能预约已经过去的时间（今天 {now} 之前）。',
    unitInUse: '“{code}”在 {start} 至 {end} 仍分配给“{holder}”，请先结束分配再停用归档。',
    notAUnitOfFloor: '布局中有不属于该楼层的空间单元。',
  },
  coaching: {
    dimensionsRequired: '请至少选择一个指导维度。',
    hoursRange: '小时数应在 0 到 300 之间。',
    halfHours: '小时数以 0.5 小时为单位（如 1.5）。',
    progressRange: '进度应为 0 到 100 之间的整数。',
    scoreRange: '评分应为 1 到 5 之间的整数。',
    fileName: '文件名不能包含“/”或“\\”，请改名后再上传。',
    fileEmpty: '所选文件是空的，请选择有内容的文件。',
    fileTooLarge: '附件不能超过 10 MB，请压缩或拆分后再上传。',
    fileUnreadable: '附件内容无法读取，请重新选择文件。',
    daysRange: '天数应为 1 到 3650 之间的整数。',
    dateFuture: '日期不能晚于今天（{today}）：请登记已经发生的指导或评估。',
    startMidnight: '开始时间不能是 24:00，午夜开始请填 00:00。',
    zeroDuration: '结束时间与开始时间相同，请填写实际的结束时间。',
    sessionTooLong:
      '按所填时间，这次指导长 {hours} 小时，超过了一次最多 {max} 小时。结束时间早于开始时间时按次日结束计算，请核对时间。',
    mentorInactive: '导师“{name}”已停用，不能登记新的指导或结对；请选择其他导师，或先启用该导师。',
    organizationArchived: '组织“{name}”已归档，恢复后才能登记。',
    notPaired: '导师“{mentor}”在 {date} 未与“{organization}”结对。确认无误可继续保存。',
    notOwnRecord: '{date} 的指导记录已过当日，只能由记录所属导师“{mentor}”或管理员修改，未做任何修改。',
    sessionArchived: '该指导记录已归档，不能再修改。',
    sessionAfterItems: '该记录的待办事项最早于 {date} 到期，指导日期不能晚于它。',
    dueBeforeSession: '完成期限不能早于指导日期（{date}）。',
    itemClosed: '该待办事项已于 {closedAt} 由 {by} 关闭，无需再次关闭。',
    capacityExceeded:
      '导师“{name}”每月可指导 {capacity} 小时；加上这次结对，计划将达每月 {planned} 小时，超出 {over} 小时。确认无误可继续保存。',
    capacityBelowPlanned:
      '每月可指导 {capacity} 小时，低于现有结对计划的每月 {planned} 小时。确认无误可继续保存。',
    pairingOverlap:
      '导师“{mentor}”与“{organization}”已有自 {start} 起的结对，与所填期间重叠；请先结束原结对或调整日期。',
    endBeforeStart: '结束日期不能早于开始日期（{start}）。',
    accountTaken: '账号“{account}”已关联导师“{name}”，一个账号只能关联一位导师。',
    accountNotMentor: '账号“{account}”没有“导师”角色，请先在“系统设置 → 账号管理”中为其加上“导师”角色。',
    scoresMissing: '请为全部 5 个维度评分（还缺 {count} 个）。',
    scoreTwice: '同一维度只能评分一次。',
    stageRequired: '阶段变更时的评估，请选择变更后的阶段。',
    evidenceForeign: '所选依据中有不属于该组织或已归档的指导记录，请重新选择。',
    evidenceAfter: '依据记录的日期 {date} 晚于评估日期 {assessed}，不能作为这次评估的依据。',
    attachmentsUnavailable: '当前运行方式没有数据文件夹，无法保存或读取附件。',
    attachmentMissing: '附件“{file}”在数据文件夹中找不到。请把备份中的 attachments 文件夹复制回数据文件夹。',
    attachmentCorrupt:
      '附件“{file}”的内容与登记时的校验值不符，文件已损坏或被改动。请从备份中恢复 attachments 文件夹。',
    exportTooLarge: '要导出 {rows} 行，超过了一次最多 {max} 行。请缩小日期范围或按导师、组织筛选后再导出。',
  },
  meeting: {
    kindsRequired: '请至少选择一种会议类型。',
    voteRange: '票数应为 0 或正整数。',
    endBeforeStart: '结束时间应晚于开始时间。',
    placeRequired: '请选择会议室，或填写会议地点。',
    groupRequired: '党小组会须选择党小组。',
    groupMissing: '所选党小组在 {date} 不存在或已撤销，请重新选择。',
    noneExpected: '按所选会议类型，{date} 没有应到的党员，不能登记。请核对会议日期、会议类型和党小组。',
    noCommittee: '{date} 没有在任的支部委员，不能登记支部委员会会议。请先在“支部与班子”中登记本届班子。',
    chairNotOnRoster: '主持人须是 {date} 在册的党员。',
    recorderNotOnRoster: '记录人须是 {date} 在册的党员。',
    attendanceMissing:
      '应到党员“{name}”没有登记出席或缺席（共 {count} 人未登记），请在出席情况中补上。应到名单按会议日期的党员名册计算。',
    attendanceNotExpected:
      '“{name}”不在这次会议的应到名单中（{date}），不能登记出席情况。应到名单按会议日期的党员名册计算，请重新载入应到名单。',
    attendanceTwice: '“{name}”的出席情况登记了两次。',
    absenceReasonRequired: '缺席须填写原因。',
    votesExceedPresent:
      '表决票数合计 {votes} 票，超过了实到的有表决权党员 {present} 人（预备党员没有表决权），请核对票数。',
    reviewsNotAllowed: '只有民主评议党员会议才能登记评议等次，请勾选“民主评议党员”或清除评议等次。',
    reviewNotExpected: '“{name}”不在这次会议的应到名单中，不能登记评议等次。',
    reviewTwice: '“{name}”的评议等次登记了两次。',
    archived: '该会议记录已归档，不能再修改。',
    alreadyArchived: '该会议记录已归档，无需再次归档。',
  },
  development: {
    trainingRange: '培训天数应为 0 到 60 的整数，学时应为 0 到 500 的整数。',
    extensionRange: '延长预备期应为 6 到 12 个月（整月）。',
    sponsorsTooMany: '入党介绍人为两名正式党员，不能超过两名。',
    daysRange: '天数应为 1 到 366 的整数。',
    alreadyMember: '“{name}”已在党员名册中（公民身份号码相同），不能再作为发展对象登记。',
    duplicate: '“{name}”已有一份进行中的发展记录，请在列表中找到并继续办理。',
    appliedBeforeBirth: '递交申请日期不能早于出生日期（{date}）。',
    beforeStep: '日期不能早于上一步的日期（{date}）。',
    afterStep: '日期不能晚于下一步的日期（{date}）。',
    archived: '该发展记录已归档，不能再修改。',
    closedFull: '已于 {date} 转为正式党员，发展程序已完成。',
    closedDisqualified: '已于 {date} 取消资格，不能再办理这一步。',
    toActivistStage: '只有入党申请人才能确定为入党积极分子。',
    toCandidateStage: '只有入党积极分子才能确定为发展对象。',
    toProbationaryStage: '只有发展对象才能接收为预备党员。',
    toFullStage: '只有预备党员才能转为正式党员。',
    approveStage: '接收为预备党员后才能登记上级党委审批。',
    extendStage: '只有预备党员才能延长预备期。',
    personLocked:
      '“{name}”已接收为预备党员，姓名、性别、出生日期、公民身份号码、所在组织和联系电话请在党员名册中修改。',
    underAge:
      '递交入党申请书（{applied}）时未满 18 周岁（{date} 年满 18 周岁），不能确定为入党积极分子。请其年满 18 周岁后重新递交申请书，并修改递交日期。',
    interviewFirst: '确定为入党积极分子前须与申请人谈话，请先在“编辑”中登记谈话日期。',
    activistTooShort: '入党积极分子 {activist} 起培养考察，满一年为 {date}，在此之前不能确定为发展对象。',
    sponsorsNeeded:
      '接收为预备党员须有两名正式党员作入党介绍人，目前符合条件的有 {count} 名。请先确定入党介绍人。',
    trainingNeeded:
      '接收为预备党员前须参加短期集中培训，时间不少于 3 天或不少于 24 个学时（目前 {days} 天、{hours} 学时）。',
    trainingAfterAdmission: '集中培训结束日期（{date}）晚于接收日期，须在接收前完成培训。',
    notApproved: '转正前须有上级党委审批接收为预备党员，请先登记审批日期。',
    probationNotOver: '预备期至 {date} 届满，届满后才能讨论转正。',
    notOnRoster: '“{name}”在 {date} 不在党员名册中（可能已转出），转正由其组织关系所在的党组织办理。',
    sponsorNotFull: '“{name}”在 {date} 不是在册的正式党员，不能作入党介绍人。',
    sponsorMissing: '所选入党介绍人不在党员名册中，请重新选择。',
    sponsorTwice: '两名入党介绍人不能是同一人。',
    sponsorsFrozen: '已接收为预备党员，入党介绍人不能再更改。',
    sponsorsTooEarly: '确定为入党积极分子后才能确定入党介绍人。',
    reviewOutside: '考察日期须在 {start}（确定为入党积极分子）至 {end} 之间。',
    reviewTooEarly: '确定为入党积极分子后才能登记培养考察。',
    extendedAlready: '预备期已于 {date} 延长过一次（{months} 个月），只能延长一次。',
    extensionTooLate: '延长预备期须在预备期届满（{date}）前决定（含当日）。',
    fullCannotDisqualify: '“{name}”已转为正式党员，不能取消资格；如需处置，请在党员名册中办理出党。',
    archiveAdmitted: '已接收为预备党员的发展记录不能归档，请改为取消资格或在党员名册中办理。',
  },
  dues: {
    monthFormat: '月份应写作 YYYY-MM（如 2026-03），在 2000 年至 2100 年之间。',
    baseRange: '基数应为 0.01 至 1000000.00 元之间的金额，最多两位小数。',
    amountRange: '金额应为 0 至 1000000.00 元之间，最多两位小数。',
    baseRequiredEmployed: '在职党员请填写每月税后工资收入（元），党费按它计算。',
    baseRequiredRetired: '离退休党员请填写每月离退休费（元），党费按它计算。',
    baseNotUsed: '学生、失业、低保和农民党员按固定金额缴纳党费，不填基数。',
    baseMonthTaken: '“{name}”已有 {month} 起的党费基数；如填错了，请在基数记录中点“更正”。',
    baseArchived: '这条党费基数已被更正（{date}），不能再次更正。',
    monthRangeReversed: '结束月份不能早于开始月份（{from}）。',
    tooManyMonths: '一次最多登记 {max} 个月的党费，所选为 {count} 个月。',
    offRoster: '“{name}”{month} 不在册，这个月不需缴纳党费。',
    noBase: '“{name}”{month} 还没有党费基数（第一条基数自 {first} 起），请先登记该月适用的基数。',
    noBaseAtAll: '“{name}”还没有登记党费基数，请先登记基数再登记缴纳。',
    alreadyPaid: '“{name}”{month} 的党费已于 {date} 缴纳，不能重复登记。',
    overrideOutside: '调整金额的月份 {month} 不在所缴月份之内。',
    overrideReasonRequired: '有月份的金额与按基数计算的党费不同，请填写调整原因。',
    paidOnFuture: '缴纳日期不能晚于今天（{today}）。',
    aheadNeedsConsent:
      '{month} 比缴纳当月（{paidMonth}）提前 {months} 个月，超过 6 个月，需经支部同意。确认已经支部同意可继续保存。',
    behindNeedsConsent:
      '{month} 比缴纳当月（{paidMonth}）晚 {months} 个月补缴，超过 6 个月，需经支部同意。确认已经支部同意可继续保存。',
    paymentArchived: '这笔缴纳已于 {date} 冲正，不能再次冲正。',
  },
  coverage: {
    statusSameDay: '{date} 已登记了一条党组织状态；同一天只能有一条，请改日期或先作废那一条。',
    organizationArchived: '“{name}”已归档，它的党建信息不能再修改；如需修改，请先恢复该组织。',
    ownBranchRequired: '单独组建请填写本组织党支部的名称。',
    jointBranchRequired: '联合组建请填写联合党支部的名称。',
    coveringBranchRequired: '请填写覆盖该组织的党组织名称，或勾选“由本基地党支部覆盖”。',
    baseBranchOnlyCovering: '只有兜底和兼合式可以由本基地党支部覆盖。',
    baseBranchNotSaved:
      '本基地党支部的信息还没有保存，不能作为覆盖支部。请先在“基地党支部 → 支部与班子”中保存支部名称，或在这里填写覆盖的党组织名称。',
    standaloneTooFew:
      '{date} 该组织的正式党员只有 {count} 名，不足 3 名，按规定不能单独组建党支部（可联合组建或由兜底覆盖）。确认情况属实可继续保存。',
    statusUnchanged: '该组织自 {since} 起已是同样的状态和覆盖党组织，再登记一条不会带来变化。',
    statusArchived: '这条党组织状态已于 {date} 作废。',
    instructorNeedsMentor: '党建指导员请从导师中选择（类别为“党建指导员”的导师排在前面）。',
    liaisonWho: '联络员请选择一名导师，或填写姓名，二者选一。',
    mentorMissing: '找不到这名导师，请重新选择。',
    mentorArchived: '导师“{name}”已停用，不能再安排；请选择其他导师，或先在“陪伴指导 → 导师”中重新启用。',
    instructorOverlap: '“{name}”自 {start} 起已是该组织的党建指导员，同一人的任期不能重叠。',
    liaisonOverlap: '“{name}”自 {start} 起已是该组织的联络员，同一人的任期不能重叠。',
    endBeforeStart: '结束日期不能早于开始日期 {date}。',
    contactEnded: '这项安排已于 {date} 结束。',
    contactArchived: '这项安排已作废，不能再修改。',
    fullOnProbationary: '预备党员没有转正日期；转正后请把类别改为正式党员，并填写转正日期。',
    memberOnRoster:
      '“{name}”已在基地党员名册中登记为该组织的党员，会自动计入，不必在这里重复登记。确认是另一人可继续保存。',
    memberTwice: '该组织已登记了同名党员“{name}”（{start} 起），确认是另一人可继续保存。',
    memberEnded: '“{name}”已于 {date} 离开该组织。',
    memberArchived: '这条党员记录已作废，不能再修改。',
  },
  orgRecords: {
    organizationArchived: '组织“{name}”已归档，恢复后才能登记或修改它的年检、等级评估、税前扣除资格和荣誉。',
    recordArchived: '这条记录已于 {date} 归档，不能再修改或归档。',
    wrongOrganization: '这条记录属于另一个组织，请刷新页面后重试。',
    yearRange: '年度应为 1990 至 2200 之间的整数（如 2025）。',
    yearFuture: '年度不能晚于今年（{year}）。',
    inspectionYearTaken:
      '“{name}”{year} 年度的年检已登记（结果：{result}）。每个年度只能有一条年检记录，请编辑那条记录。',
    resultNotInList: '年检结果“{result}”不在系统设置的年检结果（{labels}）中，请从列表中选择。',
    concludedBeforeYear: '办结日期 {date} 早于 {year} 年度，请核对年度和日期。',
    gradeRange: '请选择 1A 至 5A 中的一个等级。',
    scoreRange: '评估得分应为 0 至 1000 之间的数，最多一位小数（如 86.5）。',
    ratingSameDay: '“{name}”{date} 已有一条等级评估记录（{grade}）。同一天只能有一条，请编辑那条记录。',
    ratingLastYearMissing: '评估日期 {date} 时，上一年度（{year}）年检缺失，按规定不可参评。',
    ratingLastYearFailed: '评估日期 {date} 时，上一年度（{year}）年检不合格，按规定不可参评。',
    ratingBasicTwice: '评估日期 {date} 时，{first}、{second} 年度年检连续两年基本合格，按规定不可参评。',
    ratingNotRegistered: '该组织没有登记日期，按规定登记满两年后才能申请评估。',
    ratingTooEarly: '该组织 {registered} 登记，评估日期 {date} 时登记未满两年（{from} 起可申请评估）。',
    taxNoRating:
      '{date} 该组织没有等级评估记录。公益性捐赠税前扣除资格须以有效的 3A 及以上评估等级为前提，请先登记等级评估记录。',
    taxRatingLapsed:
      '该组织的评估等级 {grade} 已于 {until} 到期，{date} 时没有有效的评估等级。公益性捐赠税前扣除资格须以有效的 3A 及以上评估等级为前提，请先登记新的等级评估记录。',
    taxGradeTooLow:
      '{date} 该组织的评估等级为 {grade}。公益性捐赠税前扣除资格须以有效的 3A 及以上评估等级为前提，请先登记等级评估记录。',
    taxSameDay: '“{name}”{date} 已有一条税前扣除资格记录，请编辑那条记录。',
    honourOrganizationRequired: '请选择获得荣誉的组织。',
    honourPersonRequired: '请填写获得荣誉的个人姓名。',
    organizationMissing: '所选组织不存在，请重新选择。',
    memberMissing: '所选党员不在党员名册中，请重新选择。',
    memberNotAllowed: '当前账号不能查看党员名册，不能关联党员或更改关联的党员。',
  },
  sixSync: {
    yearInFuture: '{year} 年还没有到（今年是 {thisYear} 年），不能登记这一年的两关六同步。',
    organizationArchived:
      '“{name}”已于 {date} 归档，它的两关六同步只能查看、不能修改；如需登记，请先在入驻组织中恢复该组织。',
    dateRequired: '标为“已同步”请填写同步的日期。',
    dateOutsideYear:
      '日期须在 {year} 年内（{first} 至 {last}）：每年一张清单，只记当年的同步情况；其他年份的情况请到那一年的清单中登记。',
    dateFuture: '日期不能晚于今天（{today}）。',
    dateNotStarted: '“未开始”的事项不填日期；如已同步，请把状态改为“已同步”。',
    reasonRequired: '标为“不适用”请在备注中写明原因（如：本年度未换届）。',
    nothingToReset: '这一项没有手动登记，已经是自动填写的结果，无需恢复。',
    prefillRegisteredCovered: '{date} 登记注册，当日已有党组织覆盖（组建或兜底）',
    prefillRegisteredCoveredLater: '{registered} 登记注册，{date} 起有党组织覆盖（组建或兜底）',
    prefillRegisteredUncovered: '{date} 登记注册，本年度内尚无党组织覆盖（组建或兜底）',
    prefillRegisteredEarlier: '{date} 登记注册，不在本年度',
    prefillNotRegistered: '本年度未登记注册',
    prefillInspectionChecked: '来自 {date} 的年检记录（已同步检查党建工作）',
    prefillInspectionCheckedUndated: '来自 {inspectionYear} 年度的年检记录（已同步检查党建工作）',
    prefillInspectionUnchecked: '{date} 的年检记录未同步检查党建工作',
    prefillInspectionUncheckedUndated: '{inspectionYear} 年度的年检记录未同步检查党建工作',
    prefillInspectionNone: '本年度没有年检记录',
    prefillInspectionExempt: '筹备中或备案的组织不参加年检',
    prefillInspectionNewlyRegistered: '{date} 登记注册，本年度还不需要年检',
    prefillRatingAssessed: '来自 {date} 的等级评估（{grade}A，已同步开展党组织规范化建设评估）',
    prefillRatingNotAssessed: '{date} 的等级评估（{grade}A）未同步开展党组织规范化建设评估',
    prefillRatingNone: '本年度未参加等级评估',
    prefillAppraisalBoth: '来自 {assessed} 的能力评估和 {coached} 的党建指导记录',
    prefillAppraisalNoCoaching: '本年度有能力评估（{date}），但没有党建指导记录',
    prefillAppraisalNoAssessment: '本年度有党建指导记录（{date}），但没有能力评估',
    prefillAppraisalNone: '本年度没有能力评估，也没有党建指导记录',
    prefillHonourOrganization: '来自 {date} 获得的荣誉“{title}”',
    prefillHonourPerson: '来自 {date} {person}获得的荣誉“{title}”',
    prefillHonourNone: '本年度没有党建类（创先争优）荣誉记录',
    prefillLeadershipManual: '换届调整班子的情况请手动登记',
  },
  coverageRules: {
    resultsEmpty: '年检结果至少要有一项。',
    resultsTooMany: '年检结果最多 10 项。',
    resultDuplicate: '年检结果的名称不能重复。',
    passResultMissing: '年检结果中至少要有一项表示“合格”，否则无法判断参评资格。',
    basicResultMissing: '年检结果中至少要有一项表示“基本合格”，否则无法判断参评资格。',
    failResultMissing: '年检结果中至少要有一项表示“不合格”，否则无法判断参评资格。',
  },
  serviceProject: {
    organizationRequired: '请选择项目所属的组织。',
    categoryRequired: '请选择服务领域。',
    countWhole: '请填写整数（人数或次数），不能有小数。',
    countNegative: '人数和次数不能是负数，没有可以不填或填 0。',
    countTooLarge: '数字过大，请核对后重新填写。',
    endBeforeStart: '结束日期早于开始日期，请改正其中一个；仍在开展的项目可不填结束日期。',
    organizationArchived: '“{name}”已归档，不能登记或修改它的服务项目。如需修改，请先恢复该组织。',
    organizationMissing: '找不到这个组织，请从列表中重新选择。',
    projectArchived: '这个服务项目已于 {date} 归档，不能再修改。',
    brandNameRequired: '选择了品牌阶段，请同时填写品牌名称；没有品牌请把阶段清空。',
    brandStageRequired: '填写了品牌名称，请选择品牌阶段（培育、成型或品牌）。',
    fileName: '文件名不能包含“/”或“\\”，请重命名后再上传。',
    fileEmpty: '文件是空的，请重新选择。',
    fileTooLarge: '附件不能超过 10 MB，请压缩或拆分后再上传。',
    fileUnreadable: '附件内容无法读取，请重新选择文件。',
    attachmentsUnavailable: '当前运行方式没有数据文件夹，无法保存或读取附件。',
    attachmentMissing: '附件“{file}”在数据文件夹中找不到。请把备份中的 attachments 文件夹复制回数据文件夹。',
    attachmentCorrupt:
      '附件“{file}”的内容与登记时的校验值不符，文件已损坏或被改动。请从备份中恢复 attachments 文件夹。',
  },
  venture: {
    roundNameTaken: '已有名为“{name}”的创投届次，请换一个名称（如加上年份或届次）。',
    planInvalid:
      '拨付方案应写成各期百分比，用“/”分开，如 60/40 或 50/30/20（每期大于 0，最多 2 位小数，最多 6 期）。',
    planSum: '拨付方案各期合计为 {sum}%，必须正好是 100%；请调整各期比例（{hint}）。',
    percentSum: '各期比例合计为 {sum}%，必须正好是 100%；请调整各期比例（{hint}）。',
    sumHintLess: '还差 {gap}%',
    sumHintMore: '多了 {gap}%',
    firstTriggerSigning: '第 1 期应在签约后拨付（拨付条件选“签约”）。',
    triggersBackwards:
      '第 {seq} 期的拨付条件早于前一期：应按 签约 → 中期评估通过 → 结项评估通过 的顺序排列。',
    roundArchived: '创投届次“{name}”已作废，不能再加入项目。',
    projectArchived: '该创投项目已于 {date} 作废，不能再修改。',
    organizationArchived: '组织“{name}”已归档，不能登记新的创投项目。',
    grantZero: '资助金额须大于 0 元。',
    grantTooLarge: '资助金额不能超过 {max} 元。',
    entryStage: '新登记的项目只能从 申报、资格审查、评审、公示 或 立项签约 开始。',
    stageDateFuture: '日期不能晚于今天（{today}）。',
    stageDateBefore: '日期不能早于上一步“{ventureStage}”的日期（{date}）。',
    stageNotNext: '项目当前处于“{ventureStage}”，只能按顺序推进到下一步（或终止）。',
    stageClosed: '项目已处于“{ventureStage}”，不能再推进。',
    tranchesLocked: '第 1 期已于 {date} 拨付，拨付方案和资助金额不能再修改。',
    grantLocked: '已有拨付记录，资助金额不能再修改（现为 ¥{amount}）。',
    notSignedForEvaluation: '项目尚未立项签约（当前“{ventureStage}”），还不能登记评估。',
    evaluationBeforeSigning: '评估日期不能早于立项签约日期（{date}）。',
    evaluationExists: '该项目已有{evaluation}（{date}，{result}）；如需更正，请先作废原记录并说明原因。',
    evaluationTranchePaid: '依据该评估的第 {seq} 期已于 {date} 拨付，评估不能再作废。',
    evaluationArchived: '该评估已于 {date} 作废。',
    scoreRange: '得分应在 0–100 之间，最多 1 位小数（如 86.5）。',
    trancheNotFound: '该项目没有第 {seq} 期拨付。',
    alreadyPaid: '第 {seq} 期已于 {date} 拨付（经办：{by}），不能重复拨付。',
    paidBeforeSigning: '拨付日期不能早于立项签约日期（{date}）。',
    paidBeforeEvaluation: '拨付日期不能早于{evaluation}日期（{date}）。',
    holdNotSigned: '项目尚未立项签约，第 {seq} 期拨付（{percent}%，¥{amount}）不能拨付。',
    holdRejected: '项目未通过评审，第 {seq} 期拨付（{percent}%，¥{amount}）不能拨付。',
    holdTerminated: '项目已终止，第 {seq} 期拨付（{percent}%，¥{amount}）不能拨付。',
    holdMidMissing: '中期评估尚未登记，第 {seq} 期拨付（{percent}%，¥{amount}）不能拨付。',
    holdFinalMissing: '结项评估尚未登记，第 {seq} 期拨付（{percent}%，¥{amount}）不能拨付。',
    holdMidFailed: '中期评估未通过（{date}，评审：{reviewer}），第 {seq} 期不能拨付。',
    holdFinalFailed: '结项评估未通过（{date}，评审：{reviewer}），第 {seq} 期不能拨付。',
    holdEarlierUnpaid: '第 {earlier} 期尚未拨付，请先拨付第 {earlier} 期，再拨付第 {seq} 期。',
    archiveHasPayments: '该项目已拨付 {count} 期（共 ¥{amount}），不能作废。',
    ledgerSummary: '{round} 第{seq}期拨付',
  },
  funds: {
    amountEmpty: '请填写金额（元），如 3200 或 3,200.50。',
    amountFormat: '金额只能填写数字，单位为元，最多两位小数，如 3200 或 3,200.50；不要填写负号或汉字。',
    amountDecimals: '金额最多精确到分（两位小数），如 97.50。',
    amountTooLarge: '单笔金额不能超过 {max} 元；金额更大的请分笔登记。',
    amountZero: '金额须大于 0 元；收入和支出用“收支方向”区分，不用负数。',
    dateFuture: '日期不能晚于今天（{today}）：台账只登记已经发生的收支。',
    organizationArchived: '组织“{name}”已归档，不能再登记它的收支；如需登记，请先恢复该组织。',
    serviceProjectOtherOrganization:
      '服务项目“{project}”属于“{owner}”，不是所选组织的项目，请改选组织或项目。',
    ventureProjectOtherOrganization:
      '公益创投项目“{project}”属于“{owner}”，不是所选组织的项目，请改选组织或项目。',
    entryArchived: '这笔收支已于 {date} 冲销，不能再修改；如需更正，请重新登记一笔。',
    fixedField:
      '已登记收支的日期、收支方向、金额和资金来源不能修改：请先冲销这笔收支（写明原因），再重新登记正确的一笔。',
    trancheOwned:
      '这笔支出是公益创投项目“{project}”第 {seq} 笔拨付的记录，只能在该项目的拨付中处理，不能在资金台账里修改或冲销。',
    fileName: '文件名不能包含斜杠。',
    fileEmpty: '文件是空的，请选择有内容的文件。',
    fileTooLarge: '附件不能超过 10 MB，请压缩后再上传。',
    fileUnreadable: '文件内容无法读取，请重新选择文件。',
    attachmentsUnavailable: '当前没有数据文件夹，无法保存附件。',
    attachmentMissing: '附件“{file}”已不在数据文件夹中，请重新上传。',
    attachmentCorrupt: '附件“{file}”的内容与登记时不一致，可能已损坏，请重新上传。',
  },
  // ---- begin dashboard (工作台与全局搜索 (lead)) ----
  // ---- end dashboard ----
  // ---- begin reminders (待办提醒) ----
  // ---- end reminders ----
  // ---- begin imports (导入 Excel) ----
  // ---- end imports ----
  // ---- begin exports (导出 Excel) ----
  // ---- end exports ----
  // ---- begin reports (年度报告) ----
  // ---- end reports ----
  branch: {
    notSet: '还没有登记基地党支部的基本信息，请先在“支部与班子”中保存支部名称和类型。',
    foundedFuture: '成立日期不能晚于今天（{today}）。',
    coverageEndBeforeStart: '结束日期不能早于开始日期 {date}。',
    groupNameTaken: '已有名为“{name}”的党小组，请换一个名称。',
    leaderNotOnRoster: '组长须是在册党员。',
    groupHasMembers: '党小组“{name}”还有 {count} 名在册党员，请先把他们调到其他党小组再归档。',
    postsRequired: '请至少设置一名书记；支部委员会委员不超过 9 名。',
    committeeTooFew:
      '{date} 在册正式党员 {count} 名，不足 7 名，不能成立支部委员会，只设书记（可设副书记）。',
    committeeSize: '支部委员会由 3 至 5 名委员组成，当前为 {count} 名。',
    oneSecretary: '书记须有且只有 1 名，当前为 {count} 名。',
    secretaryOnlyRoles: '不设支部委员会时只设书记和副书记（副书记最多 1 名）。',
    postNotFull: '“{name}”在 {date} 不是在册正式党员，不能担任支部委员。',
    postTwice: '“{name}”不能在同一届担任两个职务。',
    termOverlap: '新一届的开始日期须晚于上一届的开始日期 {date}。',
    termStartFuture: '换届日期不能晚于今天（{today}）。',
    termArchived: '这一届已归档，不能再修改。',
    groupArchived: '该党小组已归档，不能再修改。',
    postDateOutsideTerm: '日期须在本届任期内（{start} 至 {end}）。',
    postEnded: '该职务已于 {date} 结束。',
    roleTaken: '本届已有{committeeRole}“{name}”，请先结束其职务。',
    minimumRange: '最低次数须为 0 至 31 的整数。',
    termYearsRange: '任期须为 1 至 5 年。',
    flatDuesRange: '固定党费须为 0.01 至 1.00 元。',
    farmerDuesRange: '农民党员党费须为 0.20 至 1.00 元。',
  },
  system: {
    notInitialized: '请先完成首次启动设置（基地名称和总面积）。',
    alreadyInitialized: '基地信息已设置过；如需修改，请到“系统设置”。',
    demoNotEmpty: '数据库中已有入驻组织，示例数据只能载入到空的数据库。',
  },
} as const

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

/** A dotted key into the catalog, e.g. `uscc.checkChar`. */
export type MessageKey = Leaves<typeof messagesZhCN>
export type MessageParams = Record<string, string | number>

/** Every key of the catalog, for the locale completeness test. */
export function messageKeys(): MessageKey[] {
  const keys: string[] = []
  for (const [group, entries] of Object.entries(messagesZhCN)) {
    for (const name of Object.keys(entries)) keys.push(`${group}.${name}`)
  }
  return keys as MessageKey[]
}

/**
 * Parameters that carry a code rather than text: the core sends the code, each language shows its own word
 * (the renderer looks it up under `enums.<group>`; zh-CN text uses the labels below).
 */
export const ENUM_PARAMS: Record<string, string> = {
  kind: 'outageKind',
  type: 'unitType',
  what: 'usage',
  exitKind: 'memberExit',
  committeeRole: 'committeeRole',
  ventureStage: 'ventureStage',
}

const ENUM_LABELS_ZH_CN: Record<string, Record<string, string>> = {
  ventureStage: {
    applied: '申报',
    qualification: '资格审查',
    review: '评审',
    publicity: '公示',
    signed: '立项签约',
    first_paid: '首期拨付',
    implementing: '实施',
    mid_evaluation: '中期评估',
    followup_paid: '后续拨付',
    final_evaluation: '结项评估',
    final_paid: '尾款',
    disclosed: '公开',
    rejected: '未通过',
    terminated: '终止',
  },
  outageKind: { maintenance: '维修', disabled: '停用' },
  unitType: {
    office: '独立办公室',
    workstation: '工位',
    meeting_room: '会议室',
    training_room: '培训室',
    activity_room: '活动室',
    party_room: '党员活动室',
    roadshow_hall: '路演厅',
  },
  usage: { allocation: '分配', booking: '预约' },
  memberExit: { transfer_out: '转出', expelled: '出党', deceased: '去世' },
  committeeRole: {
    secretary: '书记',
    deputy_secretary: '副书记',
    organization: '组织委员',
    propaganda: '宣传委员',
    discipline: '纪检委员',
    member: '委员',
  },
}

/** The zh-CN text of a message, with its placeholders filled. */
export function formatMessage(key: MessageKey, params: MessageParams = {}): string {
  const [group, name] = key.split('.') as [keyof typeof messagesZhCN, string]
  const template = (messagesZhCN[group] as Record<string, string>)[name] ?? key
  const shown: MessageParams = { at: '@' }
  for (const [param, value] of Object.entries(params)) {
    const enumGroup = ENUM_PARAMS[param]
    shown[param] = (enumGroup && ENUM_LABELS_ZH_CN[enumGroup]?.[String(value)]) ?? value
  }
  return fillPlaceholders(template, shown)
}

/** The zh-CN label of an enum value of ENUM_LABELS_ZH_CN (the value itself when unknown). */
export function enumLabelZhCN(group: string, value: string): string {
  return ENUM_LABELS_ZH_CN[group]?.[value] ?? value
}

export function fillPlaceholders(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, p: string) => (p in params ? String(params[p]) : whole))
}
