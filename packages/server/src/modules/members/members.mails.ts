import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';

interface DecisionVars {
  community: string;
  name: string;
  link: string;
  reason: string | null;
}
type Template = (vars: DecisionVars) => { subject: string; text: string };
export type DecisionKind = 'application_approved' | 'application_declined';

/** Mail texts of the members module, in the recipient's language. */
const templates: Record<DecisionKind, Record<Locale, Template>> = {
  application_approved: {
    en: ({ community, name, link, reason }) => ({
      subject: `Welcome to ${community}! Your application was approved`,
      text: `Hi ${name},\n\nGood news: your application to join ${community} was approved.${reason ? `\n\nA note from the team: ${reason}` : ''}\n\nSign in and say hello: ${link}`,
    }),
    'zh-TW': ({ community, name, link, reason }) => ({
      subject: `歡迎加入${community}！你的入會申請已通過`,
      text: `${name} 你好：\n\n好消息！你加入${community}的申請已經通過。${reason ? `\n\n團隊留言：${reason}` : ''}\n\n登入打聲招呼吧：${link}`,
    }),
    'zh-CN': ({ community, name, link, reason }) => ({
      subject: `欢迎加入${community}！你的入会申请已通过`,
      text: `${name} 你好：\n\n好消息！你加入${community}的申请已经通过。${reason ? `\n\n团队留言：${reason}` : ''}\n\n登录打声招呼吧：${link}`,
    }),
  },
  application_declined: {
    en: ({ community, name, reason }) => ({
      subject: `Your application to ${community}`,
      text: `Hi ${name},\n\nThank you for your interest in ${community}. Unfortunately your application was not approved this time.${reason ? `\n\nReason: ${reason}` : ''}`,
    }),
    'zh-TW': ({ community, name, reason }) => ({
      subject: `關於你加入${community}的申請`,
      text: `${name} 你好：\n\n感謝你對${community}的興趣。很遺憾，這次你的入會申請未獲通過。${reason ? `\n\n原因：${reason}` : ''}`,
    }),
    'zh-CN': ({ community, name, reason }) => ({
      subject: `关于你加入${community}的申请`,
      text: `${name} 你好：\n\n感谢你对${community}的兴趣。很遗憾，这次你的入会申请未获通过。${reason ? `\n\n原因：${reason}` : ''}`,
    }),
  },
};

export function renderDecisionMail(kind: DecisionKind, locale: Locale, vars: DecisionVars) {
  return templates[kind][locale](vars);
}

/** Records (and queues) the decision mail in the caller's transaction, so it goes out only if the decision commits. */
export async function sendDecisionMail(
  platform: Platform,
  db: DbOrTx,
  kind: DecisionKind,
  to: { email: string; locale: Locale },
  vars: DecisionVars,
): Promise<void> {
  const { subject, text } = renderDecisionMail(kind, to.locale, vars);
  await platform.mailer.send(db, { to: to.email, subject, text, kind });
}
