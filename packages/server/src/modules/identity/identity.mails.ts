import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';

type Template = (vars: { community: string; link: string }) => { subject: string; text: string };

/** Mail texts of the identity module, in the recipient's language. */
const templates = {
  account_notice: {
    en: ({ community, link }) => ({
      subject: `Someone tried to sign up to ${community} with your email`,
      text: `Someone (maybe you) tried to create a new account on ${community} with this email address, which already has an account.\n\nIf it was you, sign in here: ${link}\nForgot your password? Reset it from the sign-in page.\n\nIf it was not you, you can ignore this mail.`,
    }),
    'zh-TW': ({ community, link }) => ({
      subject: `有人嘗試用你的電子郵件註冊 ${community}`,
      text: `有人（可能是你）嘗試用這個電子郵件在 ${community} 建立新帳號，但此電子郵件已有帳號。\n\n如果是你，請在這裡登入：${link}\n忘記密碼？可在登入頁重設。\n\n如果不是你，請忽略這封信。`,
    }),
    'zh-CN': ({ community, link }) => ({
      subject: `有人尝试用你的电子邮箱注册 ${community}`,
      text: `有人（可能是你）尝试用这个电子邮箱在 ${community} 创建新账号，但此邮箱已有账号。\n\n如果是你，请在这里登录：${link}\n忘记密码？可在登录页重置。\n\n如果不是你，请忽略这封邮件。`,
    }),
  },
  magic_link: {
    en: ({ community, link }) => ({
      subject: `Your sign-in link for ${community}`,
      text: `Use this link to sign in to ${community}. It works once and expires in 15 minutes:\n\n${link}\n\nIf you did not ask for it, you can ignore this mail: nobody can sign in without the link.`,
    }),
    'zh-TW': ({ community, link }) => ({
      subject: `登入 ${community} 的連結`,
      text: `請使用以下連結登入 ${community}。此連結只能使用一次，15 分鐘內有效：\n\n${link}\n\n如果你沒有申請，請忽略這封信；沒有此連結就無法登入。`,
    }),
    'zh-CN': ({ community, link }) => ({
      subject: `登录 ${community} 的链接`,
      text: `请使用以下链接登录 ${community}。此链接只能使用一次，15 分钟内有效：\n\n${link}\n\n如果你没有申请，请忽略这封邮件；没有此链接就无法登录。`,
    }),
  },
  password_reset: {
    en: ({ community, link }) => ({
      subject: `Reset your ${community} password`,
      text: `Someone (hopefully you) asked to reset the password of your ${community} account. Choose a new password here; the link works once and expires in 1 hour:\n\n${link}\n\nSetting a new password signs you out on every device. If you did not ask for this, ignore this mail: your password stays the same.`,
    }),
    'zh-TW': ({ community, link }) => ({
      subject: `重設你在 ${community} 的密碼`,
      text: `有人（希望是你）申請重設你在 ${community} 的帳號密碼。請在這裡設定新密碼；此連結只能使用一次，1 小時內有效：\n\n${link}\n\n設定新密碼後，所有裝置都會登出。如果不是你申請的，請忽略這封信，你的密碼不會改變。`,
    }),
    'zh-CN': ({ community, link }) => ({
      subject: `重置你在 ${community} 的密码`,
      text: `有人（希望是你）申请重置你在 ${community} 的账号密码。请在这里设置新密码；此链接只能使用一次，1 小时内有效：\n\n${link}\n\n设置新密码后，所有设备都会退出登录。如果不是你申请的，请忽略这封邮件，你的密码不会改变。`,
    }),
  },
  email_change_confirm: {
    en: ({ community, link }) => ({
      subject: `Confirm your new email for ${community}`,
      text: `Someone asked to use this address for their ${community} account. To confirm it, open this link within 24 hours:\n\n${link}\n\nIf you did not ask for this, ignore this mail: nothing changes.`,
    }),
    'zh-TW': ({ community, link }) => ({
      subject: `確認你在 ${community} 的新電子郵件`,
      text: `有人申請將此電子郵件用於 ${community} 的帳號。請在 24 小時內開啟以下連結確認：\n\n${link}\n\n如果不是你申請的，請忽略這封信，不會有任何變更。`,
    }),
    'zh-CN': ({ community, link }) => ({
      subject: `确认你在 ${community} 的新电子邮箱`,
      text: `有人申请将此电子邮箱用于 ${community} 的账号。请在 24 小时内打开以下链接确认：\n\n${link}\n\n如果不是你申请的，请忽略这封邮件，不会有任何变更。`,
    }),
  },
  email_change_notice: {
    en: ({ community, link }) => ({
      subject: `Your ${community} email is about to change`,
      text: `Someone signed in to your ${community} account asked to change its email address. The change happens only once the new address is confirmed.\n\nIf this was not you, sign in and change your password now: ${link}`,
    }),
    'zh-TW': ({ community, link }) => ({
      subject: `你在 ${community} 的電子郵件即將變更`,
      text: `有人登入你在 ${community} 的帳號並申請變更電子郵件。新的電子郵件確認後才會生效。\n\n如果不是你，請立即登入並變更密碼：${link}`,
    }),
    'zh-CN': ({ community, link }) => ({
      subject: `你在 ${community} 的电子邮箱即将变更`,
      text: `有人登录你在 ${community} 的账号并申请变更电子邮箱。新的电子邮箱确认后才会生效。\n\n如果不是你，请立即登录并修改密码：${link}`,
    }),
  },
} satisfies Record<string, Record<Locale, Template>>;

export type IdentityMailKind = keyof typeof templates;

export function renderIdentityMail(kind: IdentityMailKind, locale: Locale, vars: { community: string; link: string }) {
  return templates[kind][locale](vars);
}

/** Records (and, with SMTP, queues) one identity mail in the recipient's language, inside `db`'s transaction. */
export async function sendIdentityMail(
  platform: Platform,
  db: DbOrTx,
  mail: { kind: IdentityMailKind; to: string; locale: Locale; community: string; link: string },
): Promise<void> {
  const { subject, text } = renderIdentityMail(mail.kind, mail.locale, { community: mail.community, link: mail.link });
  await platform.mailer.send(db, { to: mail.to, subject, text, kind: mail.kind });
}

export async function sendAccountNotice(platform: Platform, db: DbOrTx, to: string, locale: Locale, baseUrl: string, community: string) {
  await sendIdentityMail(platform, db, { kind: 'account_notice', to, locale, community, link: `${baseUrl}/login` });
}
