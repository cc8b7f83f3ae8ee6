// Demo reminder configuration (issue #14 part B): the district's 钉钉 robot and 科创局's own 企业微信 robot, both
// disabled (their URLs point at documentation-style example hosts, so nothing leaves the demo), and 科创局's head with a
// real-looking notification email and a daily email digest — so /admin/notify and /account/notifications show a
// realistic setup. Secrets are encrypted with the deployment's key, as the admin page would.
import type { Tx } from '../../lib/db/client';
import { encryptSecrets } from '../../lib/notify/secrets.server';

export async function seedNotifyDemo(tx: Tx, ids: { unitId: (code: string) => string; userId: (username: string) => string }, now: Date) {
  await tx.notifyChannel.create({
    data: {
      type: 'dingtalk',
      name: '区考核办工作群（政务钉钉）',
      unitId: null,
      enabled: false,
      config: { webhookHost: 'oapi.dingtalk.example.cn' },
      secret: encryptSecrets({
        webhookUrl: 'https://oapi.dingtalk.example.cn/robot/send?access_token=3c5e0f9a7d1b4e6c8a2f0d9b7e5c3a1f',
        signSecret: 'SECdemo4f2a9c7e1b3d5f7a9c2e4f6a8b0d1e3f5a7c9e2b4d6f8a0c2e4f6a8b0d',
      }),
      createdAt: now,
    },
  });
  await tx.notifyChannel.create({
    data: {
      type: 'wecom',
      name: '科创局填报群（企业微信）',
      unitId: ids.unitId('kcj'),
      enabled: false,
      config: { webhookHost: 'qyapi.weixin.example.cn' },
      secret: encryptSecrets({ webhookUrl: 'https://qyapi.weixin.example.cn/cgi-bin/webhook/send?key=6a1d2c3b-4e5f-4a7b-9c8d-0e1f2a3b4c5d' }),
      createdAt: new Date(now.getTime() + 1000),
    },
  });
  const head = ids.userId('kcj_head');
  await tx.user.update({ where: { id: head }, data: { email: 'linhaitao@kcj.taihe-gxq.example.cn' } });
  await tx.notifyPreference.createMany({
    data: [
      { userId: head, channel: 'email', mode: 'digest', digestAt: '17:30' },
      { userId: head, channel: 'webhook', mode: 'immediate', digestAt: '08:30' },
    ],
  });
}
