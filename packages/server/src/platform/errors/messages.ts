import type { Locale } from '@hearth/contracts';
import { chipFieldMessages, chipMessages } from './chip-messages.js';
import { economyMessages } from './economy-messages.js';
import { earningMessages } from './earning-messages.js';
import { badgeMessages } from './badge-messages.js';
import { ledgerFieldMessages, ledgerMessages } from './ledger-messages.js';
import { moderationFieldMessages, moderationMessages } from './moderation-messages.js';
import { spamReportFieldMessages, spamReportMessages } from './spam-report-messages.js';
import { perkFieldMessages, perkMessages } from './perk-messages.js';
import { marketFieldMessages, marketMessages } from './market-messages.js';
import { penaltyFieldMessages, penaltyMessages } from './penalty-messages.js';
import { trustFieldMessages, trustMessages } from './trust-messages.js';
import { oversightFieldMessages, oversightMessages } from './oversight-messages.js';

/**
 * Translations of error codes and field-error codes. A test checks that every code has all
 * three languages. `{name}` placeholders are filled from AppError params.
 */
type Catalogue = Record<string, Record<Locale, string>>;

const catalogue: Catalogue = {
  ...ledgerMessages,
  ...moderationMessages,
  ...spamReportMessages,
  ...economyMessages,
  ...perkMessages,
  ...marketMessages,
  ...earningMessages,
  ...badgeMessages,
  ...chipMessages,
  ...penaltyMessages,
  ...trustMessages,
  ...oversightMessages,
  // Generic HTTP problems
  invalid_input: { en: 'Some fields are not valid.', 'zh-TW': '部分欄位格式不正確。', 'zh-CN': '部分字段格式不正确。' },
  unauthenticated: { en: 'Please sign in first.', 'zh-TW': '請先登入。', 'zh-CN': '请先登录。' },
  forbidden: { en: 'You are not allowed to do this.', 'zh-TW': '你沒有權限執行此操作。', 'zh-CN': '你没有权限执行此操作。' },
  not_found: { en: 'Not found.', 'zh-TW': '找不到內容。', 'zh-CN': '找不到内容。' },
  route_not_found: { en: 'There is no such API route.', 'zh-TW': '沒有這個 API 路徑。', 'zh-CN': '没有这个 API 路径。' },
  method_not_allowed: { en: 'This method is not allowed here.', 'zh-TW': '此路徑不接受這個方法。', 'zh-CN': '此路径不接受这个方法。' },
  payload_too_large: { en: 'The request is too large.', 'zh-TW': '請求內容太大。', 'zh-CN': '请求内容太大。' },
  unsupported_media_type: {
    en: 'Send JSON (application/json) to this route.',
    'zh-TW': '此路徑只接受 JSON（application/json）。',
    'zh-CN': '此路径只接受 JSON（application/json）。',
  },
  malformed_json: { en: 'The request body is not valid JSON.', 'zh-TW': '請求內容不是有效的 JSON。', 'zh-CN': '请求内容不是有效的 JSON。' },
  rate_limited: {
    en: 'Too many requests. Try again in {seconds} seconds.',
    'zh-TW': '請求太頻繁，請於 {seconds} 秒後再試。',
    'zh-CN': '请求太频繁，请于 {seconds} 秒后再试。',
  },
  bad_origin: {
    en: 'This request came from another site and was refused.',
    'zh-TW': '此請求來自其他網站，已拒絕。',
    'zh-CN': '此请求来自其他网站，已拒绝。',
  },
  internal: { en: 'Something went wrong on our side.', 'zh-TW': '伺服器發生錯誤。', 'zh-CN': '服务器发生错误。' },
  idempotency_key_reused: {
    en: 'This Idempotency-Key was already used with a different request.',
    'zh-TW': '此 Idempotency-Key 已用於另一個不同的請求。',
    'zh-CN': '此 Idempotency-Key 已用于另一个不同的请求。',
  },
  idempotency_in_progress: {
    en: 'A request with this Idempotency-Key is still being processed.',
    'zh-TW': '使用此 Idempotency-Key 的請求仍在處理中。',
    'zh-CN': '使用此 Idempotency-Key 的请求仍在处理中。',
  },
  // Setup and community
  already_set_up: { en: 'This community is already set up.', 'zh-TW': '社群已經設定完成。', 'zh-CN': '社群已经设置完成。' },
  not_set_up: { en: 'The community has not been set up yet.', 'zh-TW': '社群尚未設定。', 'zh-CN': '社群尚未设置。' },
  // Identity
  invalid_credentials: { en: 'Email or password is incorrect.', 'zh-TW': '電子郵件或密碼不正確。', 'zh-CN': '电子邮箱或密码不正确。' },
  email_taken: {
    en: 'This email cannot be used. If it is yours, sign in or reset your password.',
    'zh-TW': '此電子郵件無法使用。如果是你的帳號，請登入或重設密碼。',
    'zh-CN': '此电子邮箱无法使用。如果是你的账号，请登录或重置密码。',
  },
  weak_password: { en: 'This password is too easy to guess.', 'zh-TW': '密碼太容易被猜到。', 'zh-CN': '密码太容易被猜到。' },
  token_invalid: {
    en: 'This link is invalid or has expired. Ask for a new one.',
    'zh-TW': '此連結無效或已過期，請重新申請。',
    'zh-CN': '此链接无效或已过期，请重新申请。',
  },
  invite_required: {
    en: 'This community is invite-only. You need a valid invite link.',
    'zh-TW': '此社群僅限邀請加入，需要有效的邀請連結。',
    'zh-CN': '此社群仅限邀请加入，需要有效的邀请链接。',
  },
  invite_invalid: {
    en: 'This invite link is invalid, used up or expired.',
    'zh-TW': '此邀請連結無效、已用完或已過期。',
    'zh-CN': '此邀请链接无效、已用完或已过期。',
  },
  answers_required: { en: 'Please answer the application questions.', 'zh-TW': '請回答入會申請問題。', 'zh-CN': '请回答入会申请问题。' },
  account_pending: {
    en: 'Your application is waiting for approval.',
    'zh-TW': '你的入會申請正在等待審核。',
    'zh-CN': '你的入会申请正在等待审核。',
  },
  account_declined: { en: 'Your application was declined.', 'zh-TW': '你的入會申請未獲通過。', 'zh-CN': '你的入会申请未获通过。' },
  account_banned: { en: 'This account has been banned.', 'zh-TW': '此帳號已被停權。', 'zh-CN': '此账号已被封禁。' },
  same_email: { en: 'That is already your email.', 'zh-TW': '這已經是你的電子郵件。', 'zh-CN': '这已经是你的电子邮箱。' },
  wrong_password: { en: 'The password you entered is incorrect.', 'zh-TW': '你輸入的密碼不正確。', 'zh-CN': '你输入的密码不正确。' },
  // Members and admin
  outranked: {
    en: 'You can only manage members ranked below you.',
    'zh-TW': '你只能管理權限低於你的成員。',
    'zh-CN': '你只能管理权限低于你的成员。',
  },
  owner_required: { en: 'Only the owner can do this.', 'zh-TW': '只有擁有者可以執行此操作。', 'zh-CN': '只有所有者可以执行此操作。' },
  last_owner: { en: 'The community needs at least one owner.', 'zh-TW': '社群至少需要一位擁有者。', 'zh-CN': '社群至少需要一位所有者。' },
  not_pending: { en: 'This member has no pending application.', 'zh-TW': '此成員沒有待審核的申請。', 'zh-CN': '此成员没有待审核的申请。' },
  tier_in_use: {
    en: 'Move the {count} members out of this tier before deleting it.',
    'zh-TW': '刪除前請先將此等級的 {count} 位成員移到其他等級。',
    'zh-CN': '删除前请先将此等级的 {count} 位成员移到其他等级。',
  },
  tier_default: { en: 'The default tier cannot be deleted.', 'zh-TW': '預設等級不能刪除。', 'zh-CN': '默认等级不能删除。' },
  tier_order_mismatch: { en: 'List every tier exactly once.', 'zh-TW': '請將每個等級各列出一次。', 'zh-CN': '请将每个等级各列出一次。' },
  unknown_interest: {
    en: "Pick interests from the community's topics.",
    'zh-TW': '請從社群的主題中選擇興趣。',
    'zh-CN': '请从社群的主题中选择兴趣。',
  },
  own_role: {
    en: 'You cannot change your own role or tier.',
    'zh-TW': '你不能變更自己的角色或等級。',
    'zh-CN': '你不能变更自己的角色或等级。',
  },
  interests_required: {
    en: 'Pick at least one interest in your profile first.',
    'zh-TW': '請先在個人檔案中選擇至少一個興趣。',
    'zh-CN': '请先在个人资料中选择至少一个兴趣。',
  },
  profile_incomplete: {
    en: 'Add a short bio or an avatar to your profile first.',
    'zh-TW': '請先在個人檔案中加上簡介或頭像。',
    'zh-CN': '请先在个人资料中加上简介或头像。',
  },
  // Spaces and threads
  not_joined: { en: 'Join this space first.', 'zh-TW': '請先加入此空間。', 'zh-CN': '请先加入此空间。' },
  cannot_post: {
    en: 'You can read this space but not post in it.',
    'zh-TW': '你可以閱讀此空間，但不能在此發文。',
    'zh-CN': '你可以阅读此空间，但不能在此发帖。',
  },
  thread_locked: {
    en: 'This thread is locked: no new replies.',
    'zh-TW': '此討論串已鎖定，無法再回覆。',
    'zh-CN': '此讨论串已锁定，无法再回复。',
  },
  thread_deleted: { en: 'This thread was deleted.', 'zh-TW': '此討論串已刪除。', 'zh-CN': '此讨论串已删除。' },
  comment_deleted: { en: 'This comment was deleted.', 'zh-TW': '此留言已刪除。', 'zh-CN': '此留言已删除。' },
  not_a_thread_space: {
    en: 'Threads live in discussion, Q&A and announcement spaces.',
    'zh-TW': '討論串只能發在討論、問答與公告空間。',
    'zh-CN': '讨论串只能发在讨论、问答与公告空间。',
  },
  thread_scheduled: {
    en: 'This thread is scheduled and not published yet.',
    'zh-TW': '此討論串已排程，尚未發布。',
    'zh-CN': '此讨论串已排程，尚未发布。',
  },
  not_scheduled: {
    en: 'Only a thread that is not published yet can be rescheduled.',
    'zh-TW': '只有尚未發布的討論串可以重新排程。',
    'zh-CN': '只有尚未发布的讨论串可以重新排程。',
  },
  poll_closed: { en: 'This poll is closed.', 'zh-TW': '此投票已截止。', 'zh-CN': '此投票已截止。' },
  poll_has_votes: {
    en: 'People have voted in this poll, so it can no longer be changed.',
    'zh-TW': '已經有人投票，此投票無法再修改。',
    'zh-CN': '已经有人投票，此投票无法再修改。',
  },
  not_qa_space: {
    en: 'Only questions in Q&A spaces have an accepted answer.',
    'zh-TW': '只有問答空間的問題可以採納答案。',
    'zh-CN': '只有问答空间的问题可以采纳答案。',
  },
  // Chat
  message_deleted: { en: 'This message was deleted.', 'zh-TW': '此訊息已刪除。', 'zh-CN': '此消息已删除。' },
  dm_not_allowed: {
    en: 'This member does not accept direct messages from you.',
    'zh-TW': '此成員不接受你的私訊。',
    'zh-CN': '此成员不接受你的私信。',
  },
  // People
  cannot_follow_self: { en: 'You cannot follow yourself.', 'zh-TW': '你不能追蹤自己。', 'zh-CN': '你不能关注自己。' },
  cannot_block_self: { en: 'You cannot block yourself.', 'zh-TW': '你不能封鎖自己。', 'zh-CN': '你不能屏蔽自己。' },
  follow_blocked: {
    en: 'You cannot follow this member.',
    'zh-TW': '你無法追蹤此成員。',
    'zh-CN': '你无法关注此成员。',
  },
  // Uploads
  upload_missing: {
    en: 'Attach a file in the "{field}" field.',
    'zh-TW': '請在「{field}」欄位附上檔案。',
    'zh-CN': '请在“{field}”字段附上文件。',
  },
  upload_not_image: {
    en: 'This file is not a supported image (PNG, JPEG, WebP or GIF).',
    'zh-TW': '此檔案不是支援的圖片格式（PNG、JPEG、WebP 或 GIF）。',
    'zh-CN': '此文件不是支持的图片格式（PNG、JPEG、WebP 或 GIF）。',
  },
  upload_too_large: { en: 'The file is larger than {maxMb} MB.', 'zh-TW': '檔案超過 {maxMb} MB。', 'zh-CN': '文件超过 {maxMb} MB。' },
  upload_too_many_pixels: {
    en: 'The image is too large (at most {maxPixels} pixels).',
    'zh-TW': '圖片尺寸太大（最多 {maxPixels} 像素）。',
    'zh-CN': '图片尺寸太大（最多 {maxPixels} 像素）。',
  },
  upload_animation_too_large: {
    en: 'This animation has too many frames for its size. Shorten it or make it smaller.',
    'zh-TW': '此動畫的影格太多，請縮短動畫或縮小尺寸。',
    'zh-CN': '此动画的帧数太多，请缩短动画或缩小尺寸。',
  },
  multipart_required: {
    en: 'Send the file as multipart/form-data.',
    'zh-TW': '請以 multipart/form-data 上傳檔案。',
    'zh-CN': '请以 multipart/form-data 上传文件。',
  },
};

/** Field-level messages, keyed by zod issue code or by a custom refine message. */
const fieldCatalogue: Catalogue = {
  ...ledgerFieldMessages,
  ...moderationFieldMessages,
  ...spamReportFieldMessages,
  ...perkFieldMessages,
  ...marketFieldMessages,
  ...chipFieldMessages,
  ...penaltyFieldMessages,
  ...trustFieldMessages,
  ...oversightFieldMessages,
  required: { en: 'Required.', 'zh-TW': '必填。', 'zh-CN': '必填。' },
  invalid_type: { en: 'Wrong type of value.', 'zh-TW': '資料類型不正確。', 'zh-CN': '数据类型不正确。' },
  invalid_email: { en: 'Enter a valid email address.', 'zh-TW': '請輸入有效的電子郵件。', 'zh-CN': '请输入有效的电子邮箱。' },
  invalid_url: { en: 'Enter a valid http(s) link.', 'zh-TW': '請輸入有效的 http(s) 連結。', 'zh-CN': '请输入有效的 http(s) 链接。' },
  invalid_format: { en: 'The format is not valid.', 'zh-TW': '格式不正確。', 'zh-CN': '格式不正确。' },
  too_small: {
    en: 'Too short or too small (minimum {minimum}).',
    'zh-TW': '太短或太小（最少 {minimum}）。',
    'zh-CN': '太短或太小（最少 {minimum}）。',
  },
  too_big: {
    en: 'Too long or too large (maximum {maximum}).',
    'zh-TW': '太長或太大（最多 {maximum}）。',
    'zh-CN': '太长或太大（最多 {maximum}）。',
  },
  invalid_value: { en: 'Not one of the allowed values.', 'zh-TW': '不是允許的值。', 'zh-CN': '不是允许的值。' },
  unrecognized_keys: { en: 'Unknown field.', 'zh-TW': '未知的欄位。', 'zh-CN': '未知的字段。' },
  weak_password: catalogue.weak_password!,
  invalid_time_zone: { en: 'Unknown time zone.', 'zh-TW': '未知的時區。', 'zh-CN': '未知的时区。' },
  control_characters: {
    en: 'Contains invisible control characters.',
    'zh-TW': '含有不可見的控制字元。',
    'zh-CN': '含有不可见的控制字符。',
  },
  invalid_color: { en: 'Use a colour like #c2410c.', 'zh-TW': '請使用 #c2410c 這樣的色碼。', 'zh-CN': '请使用 #c2410c 这样的色码。' },
  low_contrast: {
    en: 'This colour is too light to read on white (contrast {ratio}:1, needs 4.5:1).',
    'zh-TW': '此顏色在白底上對比不足（{ratio}:1，需要 4.5:1）。',
    'zh-CN': '此颜色在白底上对比不足（{ratio}:1，需要 4.5:1）。',
  },
  invalid_source: {
    en: 'Use letters, digits, dots, dashes or underscores.',
    'zh-TW': '請使用字母、數字、點、連字號或底線。',
    'zh-CN': '请使用字母、数字、点、连字符或下划线。',
  },
  nothing_to_change: {
    en: 'Give a role or a tier to change.',
    'zh-TW': '請指定要變更的角色或等級。',
    'zh-CN': '请指定要变更的角色或等级。',
  },
  in_the_past: { en: 'Choose a time in the future.', 'zh-TW': '請選擇未來的時間。', 'zh-CN': '请选择未来的时间。' },
  unknown_tier: { en: 'Unknown tier.', 'zh-TW': '未知的等級。', 'zh-CN': '未知的等级。' },
  unknown_section: { en: 'Unknown section.', 'zh-TW': '未知的分區。', 'zh-CN': '未知的分区。' },
  unknown_member: { en: 'Unknown member.', 'zh-TW': '未知的成員。', 'zh-CN': '未知的成员。' },
  unknown_comment: { en: 'No such comment in this thread.', 'zh-TW': '此討論串沒有這則留言。', 'zh-CN': '此讨论串没有这条留言。' },
  unknown_mention: {
    en: 'Mention members who are in this community.',
    'zh-TW': '只能提及本社群的成員。',
    'zh-CN': '只能提及本社群的成员。',
  },
  unknown_space: { en: 'Unknown space.', 'zh-TW': '未知的空間。', 'zh-CN': '未知的空间。' },
  emoji: { en: 'Use a single emoji.', 'zh-TW': '請使用單一表情符號。', 'zh-CN': '请使用单个表情符号。' },
  unknown_message: {
    en: 'No such message in this conversation.',
    'zh-TW': '此對話中沒有這則訊息。',
    'zh-CN': '此对话中没有这条消息。',
  },
  beyond_last: { en: 'There is no message that far yet.', 'zh-TW': '還沒有那麼新的訊息。', 'zh-CN': '还没有那么新的消息。' },
  duplicate: { en: 'Listed more than once.', 'zh-TW': '重複列出。', 'zh-CN': '重复列出。' },
  too_many_ids: { en: 'At most {maximum} ids at a time.', 'zh-TW': '一次最多 {maximum} 個編號。', 'zh-CN': '一次最多 {maximum} 个编号。' },
  single_choice: {
    en: 'A single-choice poll takes one choice.',
    'zh-TW': '單選投票只能選一項。',
    'zh-CN': '单选投票只能选一项。',
  },
  more_than_options: {
    en: 'More choices than the poll has options.',
    'zh-TW': '可選數量超過選項數量。',
    'zh-CN': '可选数量超过选项数量。',
  },
  unknown_option: { en: 'No such option in this poll.', 'zh-TW': '此投票沒有這個選項。', 'zh-CN': '此投票没有这个选项。' },
  too_many_choices: {
    en: 'You picked more options than this poll allows.',
    'zh-TW': '選擇的項目超過此投票允許的數量。',
    'zh-CN': '选择的项目超过此投票允许的数量。',
  },
  closes_before_publish: {
    en: 'The poll must close after the thread is published.',
    'zh-TW': '投票截止時間必須在討論串發布之後。',
    'zh-CN': '投票截止时间必须在讨论串发布之后。',
  },
  after_poll_closes: {
    en: 'This is after the poll closes; publish earlier or change the poll.',
    'zh-TW': '此時間晚於投票截止時間，請提早發布或修改投票。',
    'zh-CN': '此时间晚于投票截止时间，请提早发布或修改投票。',
  },
  before_start: { en: 'Must come after the start.', 'zh-TW': '必須晚於開始時間。', 'zh-CN': '必须晚于开始时间。' },
  range_too_long: { en: 'Choose a shorter period.', 'zh-TW': '請選擇較短的期間。', 'zh-CN': '请选择较短的期间。' },
  unknown_interest: catalogue.unknown_interest!,
  invalid_input: catalogue.invalid_input!,
};

export const messageCodes = Object.keys(catalogue);
export const fieldMessageCodes = Object.keys(fieldCatalogue);
export const catalogues = { catalogue, fieldCatalogue };

function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Translates an error code; unknown codes fall back to the generic message of their status. */
export function translateError(code: string, locale: Locale, params?: Record<string, string | number>): string {
  const entry = catalogue[code] ?? catalogue.invalid_input!;
  return fill(entry[locale], params);
}

export function translateField(code: string, locale: Locale, params?: Record<string, string | number>): string {
  const entry = fieldCatalogue[code] ?? fieldCatalogue.invalid_format!;
  return fill(entry[locale], params);
}

export function hasErrorMessage(code: string): boolean {
  return code in catalogue;
}

/** Picks zh-TW, zh-CN or en from an Accept-Language header. */
export function pickLocale(header: string | undefined, fallback: Locale = 'en'): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo' || tag.startsWith('zh-hant')) return 'zh-TW';
    if (tag === 'zh-cn' || tag === 'zh-sg' || tag.startsWith('zh-hans') || tag === 'zh') return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return fallback;
}
