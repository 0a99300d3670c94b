// When a new message is worth an e-mail: at most one per thread per hour for each recipient,
// and never to someone who switched message mail off. Pure: no db, no React.

export const notificationIntervalMs = 60 * 60 * 1000;

export type NotificationState = {
  /** The recipient's setting. */
  emailOnMessage: boolean;
  /** When this recipient was last mailed about this thread, if ever. */
  lastNotifiedAt: Date | null;
  /** The recipient wrote the message (a member of the sending organisation): no mail. */
  isAuthor: boolean;
};

export function shouldNotify(state: NotificationState, now: Date): boolean {
  if (state.isAuthor || !state.emailOnMessage) return false;
  return state.lastNotifiedAt === null || now.getTime() - state.lastNotifiedAt.getTime() >= notificationIntervalMs;
}

/** New conversations an organisation may open per day, and invitations to one unregistered organisation per week. */
export const conversationsPerDay = 20;
export const invitationIntervalDays = 7;

export function mayOpenConversation(openedToday: number, limit = conversationsPerDay): boolean {
  return openedToday < limit;
}
