import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSignals } from './signals.js';
import { hammingDistance, simhashOf } from './simhash.js';
import { isEstablishedAuthor, isTrustedReporter } from './trust.js';

const kinds = (text: string) => contentSignals(text).signals.map((s) => s.kind);

describe('spam signals', () => {
  it('finds phone numbers, also written with separators, full-width digits or Chinese numerals', () => {
    for (const text of [
      'call 13800138000',
      '电话 138-0013-8000',
      '手机１３８００１３８０００',
      '幺三八零零幺三八零零零',
      '壹叁捌零零壹叁捌零零零',
    ])
      assert.ok(kinds(text).includes('phone_number'), text);
    assert.ok(!kinds('我们 2024 年 12 月见').includes('phone_number'));
  });

  it('scores QQ numbers high with a QQ word, low as a bare long number', () => {
    const withWord = contentSignals('加QQ：596370929 领取').signals.find((s) => s.kind === 'qq_number');
    assert.equal(withWord?.score, 30);
    assert.equal(withWord?.detail.includes('596370929'), false, 'the number is masked for moderators');
    assert.equal(contentSignals('596370929 等下午').signals.find((s) => s.kind === 'qq_number')?.score, 10);
    assert.ok(!kinds('扣1').includes('qq_number'));
  });

  it('finds WeChat IDs behind the usual lures and evasions', () => {
    for (const text of ['加微信 abc_12345', 'V信：hearth888', 'ｗｘ：ｓａｌｅ２０２４', '薇信 shop_best1'])
      assert.ok(kinds(text).includes('wechat_id'), text);
    assert.ok(!kinds('我用微信聊天').includes('wechat_id'));
  });

  it('finds emails and links, obfuscated domains too, and bursts of links', () => {
    assert.ok(kinds('write to deals@example.com').includes('email'));
    assert.ok(kinds('deals (at) example 点 com').includes('email'));
    assert.ok(kinds('超多好物都在这wqkj777. top').includes('link'));
    assert.ok(kinds('看 shop。xyz').includes('link'));
    assert.deepEqual(
      kinds('a https://a.example/x b https://b.example c www.c.example').filter((k) => k.startsWith('link')),
      ['link', 'link_burst'],
    );
    assert.deepEqual(kinds('The class meets at 3pm. See you!'), []);
  });

  it('finds lures in Traditional and Simplified, capped at three', () => {
    const lure = contentSignals('兼職日結，刷單返利，私聊').signals.find((s) => s.kind === 'lure');
    assert.equal(lure?.score, 30);
    assert.match(lure!.detail, /兼职/);
    assert.ok(!kinds('我们去苏州学习').includes('lure'));
  });

  it('near-identical texts have close simhashes; different ones do not', () => {
    const a = simhashOf('限时特价代购正品名牌包包，全网最低价，欢迎咨询下单')!;
    const b = simhashOf('限时特价代购正品名牌包包，全网最低价！欢迎咨询下单哦')!;
    const c = simhashOf('周末大家一起去爬山吗？天气预报说是晴天，很适合')!;
    assert.ok(hammingDistance(a, b) <= 6, `near ${hammingDistance(a, b)}`);
    assert.ok(hammingDistance(a, c) > 12, `far ${hammingDistance(a, c)}`);
    assert.equal(simhashOf('好的'), null, 'too short to compare');
  });

  it('established and trusted reporters follow trust levels against the spam settings', () => {
    const threshold = { trustedLevel: 1, reporterLevel: 2 };
    assert.equal(isEstablishedAuthor(0, threshold), false);
    assert.equal(isEstablishedAuthor(1, threshold), true);
    assert.equal(isEstablishedAuthor(4, threshold), true);
    assert.equal(isTrustedReporter(1, threshold), false);
    assert.equal(isTrustedReporter(2, threshold), true);
    assert.equal(isEstablishedAuthor(0, { trustedLevel: 0, reporterLevel: 0 }), true);
  });
});
