// Real-name verification (SPEC §3): the merchant's page, its form and the verified badge.
export const verificationMessagesEn = {
  'verification.title': 'Real-name verification',
  'verification.summary.personal':
    'Verify your identity with a government ID. Verified merchants get a badge on their store, and verification is needed to open one.',
  'verification.summary.enterprise':
    'Verify your company with its registration details and business licence. Verified merchants get a badge on their store, and verification is needed to open one.',

  'verification.badge': 'Verified',
  'verification.badge.title': 'Identity verified by the platform',

  'verification.kind.personal': 'Personal',
  'verification.kind.enterprise': 'Enterprise',
  'verification.status.none': 'Not submitted',
  'verification.status.draft': 'Draft',
  'verification.status.pending': 'Under review',
  'verification.status.approved': 'Approved',
  'verification.status.rejected': 'Not approved',
  'verification.status.changes_requested': 'Changes requested',

  'verification.none.title': 'You are not verified yet',
  'verification.none.body':
    'Fill in the form below. A reviewer checks it, usually within one or two working days, and we e-mail you the result. Have these ready:',
  'verification.need.personal1':
    'Your ID card, passport or other government ID, and its expiry date',
  'verification.need.personal2':
    'Clear photos of the front and the back of the ID (JPEG, PNG or WebP)',
  'verification.need.enterprise1':
    'The registration number (for mainland China, the 18-character unified social credit code) and the registered address',
  'verification.need.enterprise2':
    "The legal representative's name and ID number, and a photo or PDF of the business licence",
  'verification.pending.title': 'Your verification is under review',
  'verification.pending.body':
    'Submitted on {date}. We will e-mail you as soon as a reviewer has decided; you can change your details once the review is done.',
  'verification.approved.title': 'Your identity is verified',
  'verification.approved.body': 'Verified as {name} on {date}.',
  'verification.rejected.title': 'Your verification was not approved',
  'verification.rejected.body':
    'Decided on {date}, for the reasons below. Correct your details and submit them again.',
  'verification.changes_requested.title': 'Please update your verification',
  'verification.changes_requested.body':
    'Decided on {date}. The reviewer asked you to change the fields below; they are marked in the form. Everything else is kept as you sent it.',
  'verification.stillVerified':
    'Your verified identity ({name}) stays in place until the new details are approved.',
  'verification.reasonSeparator': ': ',
  'verification.reasonWithNote': '{reason} — {note}',
  'verification.reviewerNote': "Reviewer's note",
  'verification.change': 'Change verified details',
  'verification.changeHint':
    'Verified details are locked. Changing them starts a new review; your badge stays meanwhile.',
  'verification.changeNotice':
    'You are changing verified details: they will be reviewed again before they replace the verified ones.',
  'verification.submitted':
    'Your verification has been submitted. We will e-mail you when it has been reviewed.',
  'verification.submittedDetails': 'What you submitted',
  'verification.documentAttached': 'Attached',
  'verification.longTerm': 'Long-term',

  'verification.section.identity': 'Your identity',
  'verification.section.idPhotos': 'ID photos',
  'verification.section.idPhotosSummary':
    'The whole document, flat, in good light, with every corner visible and nothing covered.',
  'verification.section.company': 'Company',
  'verification.section.representative': 'Legal representative',
  'verification.section.licence': 'Business licence',
  'verification.section.licenceSummary':
    'A photo or scan of the whole licence, with the registration number and the seal readable.',

  'verification.field.legalName': 'Legal name',
  'verification.field.idType': 'ID type',
  'verification.field.idNumber': 'ID number',
  'verification.field.idExpiry': 'Expiry date',
  'verification.field.companyName': 'Company name',
  'verification.field.country': 'Country or region of registration',
  'verification.field.registrationNumber': 'Registration number',
  'verification.field.creditCode': 'Unified social credit code',
  'verification.field.representativeName': "Legal representative's name",
  'verification.field.representativeIdType': "Legal representative's ID type",
  'verification.field.representativeIdNumber': "Legal representative's ID number",
  'verification.field.registeredAddress': 'Registered address',
  'verification.field.bankAccount': 'Corporate bank account',
  'verification.document.id_front': 'ID photo (front)',
  'verification.document.id_back': 'ID photo (back)',
  'verification.document.business_license': 'Business licence',
  'verification.idType.cn_resident_id': 'Mainland China resident ID card',
  'verification.idType.passport': 'Passport',
  'verification.idType.other': 'Other government ID',
  'verification.longTermOption': 'Valid long-term',

  'verification.hint.legalName': 'Exactly as on your ID.',
  'verification.hint.residentId': '18 characters; the last one may be X.',
  'verification.hint.companyName': 'Exactly as on the business licence.',
  'verification.hint.creditCode': '18 digits and capital letters, as on the business licence.',
  'verification.hint.registrationNumber': 'The number your company is registered under.',
  'verification.hint.registeredAddress': 'As on the business licence.',
  'verification.hint.representativeName': 'As on their ID.',

  'verification.requested': 'Change requested: {reason}',
  'verification.fieldProblem': '{label} {problem}.',

  'verification.upload.hint': 'JPEG, PNG or WebP, at most 10 MB. Drop a file here or choose one.',
  'verification.upload.hintWithPdf':
    'JPEG, PNG, WebP or PDF, at most 10 MB. Drop a file here or choose one.',
  'verification.upload.licenceLabel': 'Photo or PDF of the licence',
  'verification.upload.choose': 'Choose file',
  'verification.upload.replace': 'Replace',
  'verification.upload.empty': 'No file yet',
  'verification.upload.uploading': 'Uploading… {percent}%',
  'verification.upload.progress': 'Upload progress',
  'verification.upload.done': 'Uploaded',
  'verification.upload.doneWithSize': 'Uploaded · {size}',
  'verification.upload.image': 'Image',
  'verification.upload.pdf': 'PDF document',
  'verification.upload.openPdf': 'Download PDF',
  'verification.upload.preview': 'Preview of {label}',
  'verification.upload.tooLarge':
    'This file is larger than {limit} MB. Please choose a smaller one.',
  'verification.upload.types': 'Choose a JPEG, PNG or WebP image.',
  'verification.upload.typesWithPdf': 'Choose a JPEG, PNG or WebP image, or a PDF.',

  'verification.submit': 'Submit for review',
  'verification.resubmit': 'Submit again for review',
  'verification.privacy':
    'Your documents are stored privately and shown only to you and to the platform’s reviewers.',
};

export const verificationMessagesZhCN: Record<keyof typeof verificationMessagesEn, string> = {
  'verification.title': '实名认证',
  'verification.summary.personal':
    '使用有效证件完成个人实名认证。通过认证的商家店铺会显示认证标识，开店也需要先完成认证。',
  'verification.summary.enterprise':
    '使用企业登记信息和营业执照完成企业认证。通过认证的商家店铺会显示认证标识，开店也需要先完成认证。',

  'verification.badge': '已认证',
  'verification.badge.title': '已通过平台实名认证',

  'verification.kind.personal': '个人',
  'verification.kind.enterprise': '企业',
  'verification.status.none': '未提交',
  'verification.status.draft': '草稿',
  'verification.status.pending': '审核中',
  'verification.status.approved': '已通过',
  'verification.status.rejected': '未通过',
  'verification.status.changes_requested': '需修改',

  'verification.none.title': '您尚未完成实名认证',
  'verification.none.body':
    '请填写下方表单。审核人员通常会在一到两个工作日内完成审核，结果将通过邮件通知您。请提前准备：',
  'verification.need.personal1': '身份证、护照或其他有效证件，以及证件有效期',
  'verification.need.personal2': '证件正面和背面的清晰照片（JPEG、PNG 或 WebP）',
  'verification.need.enterprise1': '注册号（中国大陆企业为 18 位统一社会信用代码）和注册地址',
  'verification.need.enterprise2': '法定代表人姓名和证件号码，以及营业执照照片或 PDF',
  'verification.pending.title': '实名认证审核中',
  'verification.pending.body':
    '提交于 {date}。审核完成后我们会立即通过邮件通知您；审核期间无法修改资料。',
  'verification.approved.title': '您已通过实名认证',
  'verification.approved.body': '认证主体：{name}，通过时间：{date}。',
  'verification.rejected.title': '实名认证未通过',
  'verification.rejected.body': '审核于 {date}，原因如下。请修改资料后重新提交。',
  'verification.changes_requested.title': '请修改实名认证资料',
  'verification.changes_requested.body':
    '审核于 {date}。审核人员要求修改以下内容，表单中已标出；其余内容将保留您之前提交的信息。',
  'verification.stillVerified': '在新资料通过审核之前，您已认证的身份（{name}）保持不变。',
  'verification.reasonSeparator': '：',
  'verification.reasonWithNote': '{reason}。{note}',
  'verification.reviewerNote': '审核备注',
  'verification.change': '修改认证资料',
  'verification.changeHint': '已认证的资料已锁定。修改后需重新审核，期间认证标识保持不变。',
  'verification.changeNotice': '您正在修改已认证的资料：新资料需审核通过后才会替换原有认证信息。',
  'verification.submitted': '实名认证已提交，审核完成后我们会通过邮件通知您。',
  'verification.submittedDetails': '已提交的资料',
  'verification.documentAttached': '已上传',
  'verification.longTerm': '长期',

  'verification.section.identity': '身份信息',
  'verification.section.idPhotos': '证件照片',
  'verification.section.idPhotosSummary': '请平放拍摄完整证件，光线充足，四角完整，无遮挡。',
  'verification.section.company': '企业信息',
  'verification.section.representative': '法定代表人',
  'verification.section.licence': '营业执照',
  'verification.section.licenceSummary':
    '请上传完整营业执照的照片或扫描件，注册号和公章需清晰可辨。',

  'verification.field.legalName': '真实姓名',
  'verification.field.idType': '证件类型',
  'verification.field.idNumber': '证件号码',
  'verification.field.idExpiry': '证件有效期至',
  'verification.field.companyName': '企业名称',
  'verification.field.country': '注册国家或地区',
  'verification.field.registrationNumber': '注册号',
  'verification.field.creditCode': '统一社会信用代码',
  'verification.field.representativeName': '法定代表人姓名',
  'verification.field.representativeIdType': '法定代表人证件类型',
  'verification.field.representativeIdNumber': '法定代表人证件号码',
  'verification.field.registeredAddress': '注册地址',
  'verification.field.bankAccount': '对公银行账户',
  'verification.document.id_front': '证件照片（正面）',
  'verification.document.id_back': '证件照片（背面）',
  'verification.document.business_license': '营业执照',
  'verification.idType.cn_resident_id': '中国大陆居民身份证',
  'verification.idType.passport': '护照',
  'verification.idType.other': '其他有效证件',
  'verification.longTermOption': '长期有效',

  'verification.hint.legalName': '须与证件上的姓名一致。',
  'verification.hint.residentId': '18 位，最后一位可能是 X。',
  'verification.hint.companyName': '须与营业执照上的名称一致。',
  'verification.hint.creditCode': '18 位数字或大写字母，见营业执照。',
  'verification.hint.registrationNumber': '企业的注册登记号码。',
  'verification.hint.registeredAddress': '须与营业执照上的地址一致。',
  'verification.hint.representativeName': '须与其证件上的姓名一致。',

  'verification.requested': '需要修改：{reason}',
  'verification.fieldProblem': '{label}{problem}。',

  'verification.upload.hint':
    'JPEG、PNG 或 WebP 格式，不超过 10 MB。可将文件拖到此处，或点击选择。',
  'verification.upload.hintWithPdf':
    'JPEG、PNG、WebP 或 PDF 格式，不超过 10 MB。可将文件拖到此处，或点击选择。',
  'verification.upload.licenceLabel': '营业执照照片或 PDF',
  'verification.upload.choose': '选择文件',
  'verification.upload.replace': '重新上传',
  'verification.upload.empty': '尚未上传',
  'verification.upload.uploading': '上传中… {percent}%',
  'verification.upload.progress': '上传进度',
  'verification.upload.done': '已上传',
  'verification.upload.doneWithSize': '已上传 · {size}',
  'verification.upload.image': '图片',
  'verification.upload.pdf': 'PDF 文件',
  'verification.upload.openPdf': '下载 PDF',
  'verification.upload.preview': '{label}预览',
  'verification.upload.tooLarge': '文件超过 {limit} MB，请选择较小的文件。',
  'verification.upload.types': '请选择 JPEG、PNG 或 WebP 图片。',
  'verification.upload.typesWithPdf': '请选择 JPEG、PNG 或 WebP 图片，或 PDF 文件。',

  'verification.submit': '提交审核',
  'verification.resubmit': '重新提交审核',
  'verification.privacy': '您的证件资料将被私密保存，仅您本人和平台审核人员可以查看。',
};
