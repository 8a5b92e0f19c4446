import type { Progress } from './progress';

/** Reports each failed input on stderr (`khabar: FILE:LINE: why`) and remembers whether any failed. */
export class FailureReport {
  private count = 0;

  constructor(private readonly progress: Progress) {}

  add(label: string, message: string): void {
    this.count++;
    this.progress.note(`khabar: ${label}: ${message}`);
  }

  get failed(): boolean {
    return this.count > 0;
  }
}
