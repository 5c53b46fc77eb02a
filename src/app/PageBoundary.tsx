import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CopyButton } from '../components/CopyButton.tsx';

interface Props {
  /** The page's name, for the message and the report. */
  page: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  componentStack: string;
}

/** A report the user can paste into an issue: what failed and where, nothing of the user's own texts. */
function reportText(page: string, error: Error, componentStack: string): string {
  return [
    `RewardAnything Playground: the ${page} page failed`,
    `Error: ${error.name}: ${error.message}`,
    `Browser: ${navigator.userAgent}`,
    `Stack:\n${error.stack ?? '(none)'}`,
    `Components:${componentStack}`,
  ].join('\n');
}

/**
 * Catches a render failure of one page: the page shows what failed and offers a report, while the navigation and the
 * workspace (kept in the store, saved as usual) stay. Moving to another page, or "Try again", renders it afresh.
 */
export class PageBoundary extends Component<Props, State> {
  state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  render() {
    const { error, componentStack } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" className="space-y-3 rounded-md border border-bad p-4" data-testid="page-error">
        <h2 className="font-semibold">The {this.props.page} page failed</h2>
        <p className="text-sm">
          {error.name}: {error.message}
        </p>
        <p className="text-sm">
          Your workspace is kept and the other pages still work. Try again, go to another page, or copy a report for the project&apos;s issue tracker.
        </p>
        <div className="flex gap-2">
          <button type="button" className="btn" onClick={() => this.setState({ error: null, componentStack: '' })}>
            Try again
          </button>
          <CopyButton text={() => reportText(this.props.page, error, componentStack)} label="Copy a report" />
        </div>
      </section>
    );
  }
}
