// Internal codes stay internal: the audit log reads in Chinese (actions, objects, labelled changes; the raw
// record only behind 详情), and the arena page explains the draw in plain Chinese with the recipe folded away.
import { expect } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

/** An internal code such as `arena.start`, `seed.demo` or `auth.sign_in`. */
const CODE = /\b[a-z]+\.[a-z_]+\b/;

test('the audit log shows Chinese labels and no internal codes or raw JSON', async ({ page }) => {
  await signInAndLand(page, 'auditor');
  await page.goto('/audit');
  const table = page.getByTestId('audit-table');
  // the auditor's own sign-in is on the first page (other specs write meanwhile, so the seed row may not be)
  await expect(table.getByTestId('audit-action').filter({ hasText: '登录' }).first()).toBeVisible();

  // what is on screen (closed 详情 hidden) carries no code, no JSON, no raw id
  // (e-mail addresses and web addresses people typed — a notification email, a robot's host — are data, not codes)
  const visible = (await table.innerText()).replace(/[\w.+-]+@[\w.-]+|https?:\/\/\S+|\b[\w-]+(\.[\w-]+)*\.(cn|com|net|org)\b/g, '');
  expect(visible).not.toMatch(CODE);
  expect(visible).not.toContain('{"');
  expect(visible).not.toContain('system');
  const filters = await page.locator('form select').allInnerTexts();
  expect(filters.join('\n')).not.toMatch(CODE);

  // every change is labelled in Chinese
  const labels = await table
    .getByTestId('audit-changes')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.textContent!.split('：')[0]!));
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.filter((l) => !/[\u4e00-\u9fff]/.test(l))).toEqual([]);

  // the seed row (filtered by its action, as an auditor would) reads as labelled changes; its raw record is behind a closed 详情
  await page.goto('/audit?action=seed.demo');
  await expect(table.getByTestId('audit-action').filter({ hasText: '生成演示数据' })).toHaveCount(1);
  const seedRow = table.getByTestId('audit-row').filter({ hasText: '生成演示数据' });
  await expect(seedRow.getByTestId('audit-changes').locator('li').first()).toContainText('：');
  const details = seedRow.getByTestId('audit-details');
  await expect(details).not.toHaveAttribute('open', /.*/);
  await details.locator('summary', { hasText: '详情' }).click();
  await expect(details.locator('pre')).toContainText('seed.demo');
  await screenshot(page, 'audit-1366');
});

test('the arena page explains the draw in plain Chinese, the recipe in a closed details', async ({ page }) => {
  await signInAndLand(page, 'admin');
  await page.goto('/arena');
  await page.locator('[data-testid="arena-card"][data-state="finished"]').first().getByTestId('arena-link-prep').click();
  await expect(page.getByTestId('draw-explained')).toContainText('按公开的随机种子抽签');
  await expect(page.getByTestId('draw-explained')).toContainText('同一种子复核');
  const recipe = page.getByTestId('draw-recipe');
  expect(await recipe.evaluate((el) => el.tagName)).toBe('DETAILS');
  await expect(recipe).not.toHaveAttribute('open', /.*/);
  await expect(page.getByText('FNV-1a', { exact: false })).toBeHidden();
  await recipe.locator('summary').click();
  await expect(recipe).toContainText('FNV-1a');
  await screenshot(page, 'arena-draw-1366');
});
