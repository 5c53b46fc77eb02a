import { test, expect } from '@playwright/test';

test('a principle with a broken character (lone surrogate) gets no snippet, and the dialog says where it is', async ({ page }) => {
  await page.goto('/#/playground');
  // Half of an emoji pair, as a cut paste leaves it: Python's print() of it raises UnicodeEncodeError. Playwright's
  // fill() would turn it into U+FFFD on the way to the page, so the text is built and typed in the page itself.
  await page.getByLabel('Principle', { exact: true }).evaluate((el: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setValue?.call(el, `Prefer short${String.fromCharCode(0xd83d)} answers.`);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.goto('/#/library');
  await page.getByRole('button', { name: 'Use in training…' }).click();
  const dialog = page.getByRole('dialog');
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('No snippet was made');
  await expect(alert).toContainText('The principle, character 13, is a broken character');
  await expect(alert).toContainText('UnicodeEncodeError');
  await expect(dialog.getByRole('tab')).toHaveCount(0);
});
