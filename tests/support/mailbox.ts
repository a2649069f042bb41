// Reading one-time codes from the development mailbox, as a developer would: through
// GET /api/v1/dev/messages?to=ADDRESS (newest first).

export interface DevMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string | null;
  text: string;
  createdAt: string;
}

/** The 6-digit code in a message's text, if it carries one. */
export function codeIn(message: DevMessage): string | null {
  return /(?<!\d)\d{6}(?!\d)/.exec(message.text)?.[0] ?? null;
}

/**
 * One address's inbox. `nextCode()` waits for a message with a code that was not there before
 * (the outbox worker delivers within ~100 ms); notices without a code (a contact was added, the
 * password changed) are passed over, and messages already read never count again.
 */
export function devInbox(baseUrl: string, address: string, timeoutMs = 10_000) {
  const seen = new Set<string>();

  const list = async (): Promise<DevMessage[]> => {
    const response = await fetch(
      `${baseUrl}/api/v1/dev/messages?to=${encodeURIComponent(address)}`,
    );
    if (!response.ok) throw new Error(`dev mailbox answered ${response.status}`);
    return (await response.json()) as DevMessage[];
  };

  return {
    /** Forget nothing, but ignore everything already delivered. */
    async skipExisting(): Promise<void> {
      for (const message of await list()) seen.add(message.id);
    },

    async nextMessage(): Promise<DevMessage> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const fresh = (await list()).filter((message) => !seen.has(message.id));
        // The list is newest first: hand out the oldest unread one, so none is skipped.
        const oldest = fresh.at(-1);
        if (oldest) {
          seen.add(oldest.id);
          return oldest;
        }
        if (Date.now() > deadline)
          throw new Error(`no new message for ${address} in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },

    async nextCode(): Promise<string> {
      for (;;) {
        const code = codeIn(await this.nextMessage());
        if (code) return code;
      }
    },
  };
}
