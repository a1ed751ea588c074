/**
 * Stored report documents as sent, by org, assessment number, part and row version: a dashboard
 * is read far more often than it changes. Bounded by total size (least recently used goes first);
 * the version check against the database happens on every request, under the caller's row-level
 * security, so a cached document is never served stale or across orgs.
 */
export class DocumentCache {
  private readonly entries = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string): string | undefined {
    const doc = this.entries.get(key);
    if (doc !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, doc);
    }
    return doc;
  }

  set(key: string, doc: string): void {
    if (doc.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.bytes -= old.length;
      this.entries.delete(key);
    }
    this.entries.set(key, doc);
    this.bytes += doc.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.length;
    }
  }
}
