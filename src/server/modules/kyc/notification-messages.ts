import { defineNotificationMessages } from '../../notifications/messages.ts';

/** What the verification e-mails and SMS say. */
export const kycNotificationMessages = defineNotificationMessages({
  en: {
    'kyc.action': 'Open your verification',
    'kyc.reasonLine': '• {reason}',
    'kyc.reasonLine.field': '• {field}: {reason}',
    'kyc.note': "Reviewer's note: {note}",
    'kyc.sms.reasonSeparator': '; ',
    'kyc.sms.fieldSeparator': ', ',
    'kyc.approved.subject': 'Kaidian: your verification is approved',
    'kyc.approved.heading': 'Your identity is verified',
    'kyc.approved.body':
      'The verification of {name} has been approved. Your store now shows the verified badge.',
    'kyc.approved.locked':
      'Verified details are locked; changing them starts a new review, and your current verification stays valid meanwhile.',
    'kyc.approved.sms': '[Kaidian] Your verification is approved.',
    'kyc.rejected.subject': 'Kaidian: your verification was not approved',
    'kyc.rejected.heading': 'Your verification was not approved',
    'kyc.rejected.lead': 'The verification of {name} was not approved, for these reasons:',
    'kyc.rejected.retry': 'You can correct it and submit it again.',
    'kyc.rejected.sms':
      '[Kaidian] Your verification was not approved: {reasons}. Sign in to correct and resubmit.',
    'kyc.changes_requested.subject': 'Kaidian: please update your verification',
    'kyc.changes_requested.heading': 'Some details need changing',
    'kyc.changes_requested.lead':
      'The reviewer asks you to change these details of the verification of {name}:',
    'kyc.changes_requested.retry':
      'Submit it again once they are corrected and it will be reviewed again.',
    'kyc.changes_requested.sms': '[Kaidian] Please update your verification: {fields}.',
    'kyc.expiry_reminder.subject': 'Kaidian: your verified ID expires soon',
    'kyc.expiry_reminder.heading': 'Your ID document expires soon',
    'kyc.expiry_reminder.body': 'The ID document used to verify {name} expires on {expiresOn}.',
    'kyc.expiry_reminder.renew':
      'Please upload the new document and submit your verification again before then, so your store is not affected.',
    'kyc.expiry_reminder.sms':
      '[Kaidian] Your verified ID expires on {expiresOn}. Please verify again before then.',
  },
  'zh-CN': {
    'kyc.action': '查看实名认证',
    'kyc.reasonLine': '• {reason}',
    'kyc.reasonLine.field': '• {field}：{reason}',
    'kyc.note': '审核备注：{note}',
    'kyc.sms.reasonSeparator': '；',
    'kyc.sms.fieldSeparator': '、',
    'kyc.approved.subject': '开店：实名认证已通过',
    'kyc.approved.heading': '您的实名认证已通过',
    'kyc.approved.body': '{name} 的实名认证已审核通过，您的店铺将显示“已认证”标识。',
    'kyc.approved.locked':
      '已认证的信息已锁定；如需修改，提交后将重新审核，审核期间原认证继续有效。',
    'kyc.approved.sms': '【开店】您的实名认证已通过。',
    'kyc.rejected.subject': '开店：实名认证未通过',
    'kyc.rejected.heading': '您的实名认证未通过',
    'kyc.rejected.lead': '{name} 的实名认证未通过审核，原因如下：',
    'kyc.rejected.retry': '您可以修改后重新提交。',
    'kyc.rejected.sms': '【开店】您的实名认证未通过：{reasons}。请登录修改后重新提交。',
    'kyc.changes_requested.subject': '开店：实名认证需要修改',
    'kyc.changes_requested.heading': '请修改您的实名认证信息',
    'kyc.changes_requested.lead': '审核人员请您修改 {name} 的以下认证信息：',
    'kyc.changes_requested.retry': '修改后重新提交即可再次审核。',
    'kyc.changes_requested.sms': '【开店】请修改实名认证信息：{fields}。',
    'kyc.expiry_reminder.subject': '开店：认证证件即将到期',
    'kyc.expiry_reminder.heading': '您的认证证件即将到期',
    'kyc.expiry_reminder.body': '{name} 用于实名认证的证件将于 {expiresOn} 到期。',
    'kyc.expiry_reminder.renew': '请在到期前上传新的证件并重新提交认证，以免影响店铺经营。',
    'kyc.expiry_reminder.sms':
      '【开店】您用于实名认证的证件将于 {expiresOn} 到期，请及时重新认证。',
  },
});
