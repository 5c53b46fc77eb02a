import { useThemeActions, useThemeChoice, type ThemeChoice } from '../state/index.ts';

export function ThemeToggle() {
  const theme = useThemeChoice();
  const setTheme = useThemeActions().setTheme;
  return (
    <label className="flex items-center gap-1 text-xs text-muted">
      <span>Theme</span>
      <select className="field w-auto py-0.5 text-xs" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} aria-label="Theme">
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
