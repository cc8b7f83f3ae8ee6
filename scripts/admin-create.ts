// `npm run admin:create`: the first admin of a real deployment.
//   npm run admin:create -- --username kaohe --name 张三 --password '…'   (missing values are prompted)
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import readline from 'node:readline/promises';
import { appendAuditRow } from '../lib/audit/chain-store';
import { accountRows, hashPassword } from '../lib/auth/accounts';
import { checkPassword, describePasswordProblems } from '../lib/auth/password-rules';
import { createClient } from '../lib/db/client';
import { passwordSchema, requiredText, usernameSchema } from '../lib/domain/schemas';
import { describeIssues } from '../lib/domain/validation-messages';

async function main() {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, title: { type: 'string' } },
  });
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (q: string, v?: string) => v ?? (await rl.question(q));
  const username = usernameSchema.parse(await ask('用户名 username: ', values.username));
  const name = requiredText(40).parse(await ask('姓名 name: ', values.name));
  const password = passwordSchema.parse(await ask('密码 password (≥8，含大写字母、小写字母、数字、符号中的三类): ', values.password));
  rl.close();
  const verdict = checkPassword(password, { username });
  if (!verdict.ok) {
    const texts = JSON.parse(fs.readFileSync(new URL('../messages/zh-CN/password.json', import.meta.url), 'utf8')).passwordPolicy;
    throw new Error(describePasswordProblems(verdict, texts).join('\n'));
  }

  const db = await createClient();
  try {
    if (await db.user.findUnique({ where: { username: username.toLowerCase() } })) throw new Error(`用户名 ${username} 已存在`);
    const rows = accountRows({ username, name, title: values.title ?? '考核办', role: 'admin' }, await hashPassword(password));
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { ...rows.user, passwordChangedAt: new Date() } });
      await tx.account.create({ data: rows.account });
      await appendAuditRow(tx, {
        chain: 'global',
        actorId: null,
        actorName: 'admin:create',
        ip: null,
        action: 'admin.create',
        entityType: 'user',
        entityId: rows.user.id,
        after: { username: rows.user.username, name, role: 'admin' },
      });
    });
    console.log(`admin ${rows.user.username} created`);
  } finally {
    await db.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    if (err instanceof ZodError) {
      const messages = JSON.parse(fs.readFileSync(new URL('../messages/zh-CN/core.json', import.meta.url), 'utf8')).validation;
      for (const line of describeIssues(err, messages)) console.error(line);
    } else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
