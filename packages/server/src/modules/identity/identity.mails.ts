import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';

type Template = (vars: { community: string; link: string }) => { subject: string; text: string };

/** Mail texts of the identity module, in the recipient's language. */
const templates: Record<string, Record<Locale, Template>> = {
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
};

export function renderIdentityMail(kind: keyof typeof templates | string, locale: Locale, vars: { community: string; link: string }) {
  const template = templates[kind]?.[locale];
  if (!template) throw new Error(`no mail template ${kind}`);
  return template(vars);
}

export async function sendAccountNotice(platform: Platform, db: DbOrTx, to: string, locale: Locale, baseUrl: string, community: string) {
  const { subject, text } = renderIdentityMail('account_notice', locale, { community, link: `${baseUrl}/login` });
  await platform.mailer.send(db, { to, subject, text, kind: 'account_notice' });
}
