import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { test, expect, type Page } from '@playwright/test';
import { encodeCaseFragment } from '../../src/core/share/shareLink.ts';
import type { SharedCase } from '../../src/core/share/caseFile.ts';

const shared: SharedCase = {
  kind: 'rewardanything-case',
  version: 1,
  principle: 'The shared principle.',
  prompt: 'The shared prompt.',
  responses: [
    { name: 'X', text: 'Shared answer X.' },
    { name: 'Y', text: 'Shared answer Y.' },
  ],
  mask: true,
};

function link(): string {
  const enc = encodeCaseFragment(shared);
  if (!enc.ok) throw new Error('the test case does not fit a link');
  return `/${enc.fragment}`;
}

const principle = (page: Page) => page.getByLabel('Principle', { exact: true });

test('a share link asks before it replaces typed work; keeping it changes nothing, replacing it can be undone', async ({ page }) => {
  await page.goto('/#/playground');
  await principle(page).fill('My unsaved principle.');
  await page.getByLabel('Prompt', { exact: true }).fill('My unsaved prompt.');

  await page.goto(link());
  const dialog = page.getByRole('dialog', { name: 'Replace your current work?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('the shared link');
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await expect(dialog).toBeHidden();
  await expect(principle(page)).toHaveValue('My unsaved principle.');
  await expect(page.getByTestId('shared-notice')).toHaveCount(0);

  await page.goto(link());
  await dialog.getByRole('button', { name: 'Replace it' }).click();
  await expect(principle(page)).toHaveValue('The shared principle.');
  await expect(page.getByTestId('shared-notice')).toContainText('Opened a shared case');
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('Opened the shared link in place of your previous work.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(principle(page)).toHaveValue('My unsaved principle.');
  await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('My unsaved prompt.');
  await expect(toast).toHaveCount(0);
  await page.reload();
  await expect(principle(page)).toHaveValue('My unsaved principle.');
});

test('the untouched example is replaced by a link at once, with nothing to ask or undo', async ({ page }) => {
  await page.goto('/#/playground');
  await expect(principle(page)).not.toHaveValue('');
  await page.goto(link());
  await expect(principle(page)).toHaveValue('The shared principle.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('an opened case file asks before it replaces typed work, and offers undo', async ({ page }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'case-')), 'case.json');
  writeFileSync(file, JSON.stringify(shared));
  await page.goto('/#/playground');
  await principle(page).fill('Work in progress.');
  await page.getByTestId('open-file').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Replace your current work?' });
  await expect(dialog).toContainText('case.json');
  await dialog.getByRole('button', { name: 'Replace it' }).click();
  await expect(page.getByTestId('open-file-message')).toContainText('Loaded the case from case.json');
  await expect(principle(page)).toHaveValue('The shared principle.');
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(principle(page)).toHaveValue('Work in progress.');
});
