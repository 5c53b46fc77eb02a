/**
 * Collects notes while loading a file: each distinct note is reported once with how many rows it concerned and
 * where it first happened, in order of first occurrence.
 */
export class LoadNotes {
  private readonly counts = new Map<string, { count: number; firstWhere: string }>();
  private readonly plain: string[] = [];

  /** A per-row observation (counted). */
  add(message: string, where: string): void {
    const entry = this.counts.get(message);
    if (entry) entry.count++;
    else this.counts.set(message, { count: 1, firstWhere: where });
  }

  /** A file-level note, reported as is. */
  addFileNote(message: string): void {
    if (!this.plain.includes(message)) this.plain.push(message);
  }

  alias(canonical: string, used: string, where: string): void {
    this.add(`field "${used}" read as "${canonical}"`, where);
  }

  toStrings(): string[] {
    const counted = [...this.counts].map(
      ([message, { count, firstWhere }]) =>
        `${message} (${count} ${count === 1 ? 'row' : 'rows'}, first at ${firstWhere})`,
    );
    return [...this.plain, ...counted];
  }
}
