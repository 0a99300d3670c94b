// What the messaging forms accept: start a conversation, send, mark read, archive, block,
// report, invite an unregistered organisation by e-mail, and the mail setting.
import { z } from "zod";
import { maxMessageLength, normaliseMessageText } from "@/lib/messaging/message-text";
import { profileId } from "./organisations";

const id = (what: string) => z.coerce.number({ error: `Choose ${what}.` }).int(`Choose ${what}.`).positive(`Choose ${what}.`);
export const threadId = id("a conversation");
const clientKey = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "Reload the page and try again.");

export const messageBody = z
  .string({ error: "Write a message." })
  .transform((v) => normaliseMessageText(v) ?? "")
  .pipe(z.string().min(1, "Write a message.").max(maxMessageLength, `Keep the message under ${maxMessageLength} characters.`));

export const startConversationInput = z.object({
  fromProfileId: profileId,
  toProfileId: id("an organisation to write to"),
  interestId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  subject: z.string().trim().min(3, "Give the conversation a subject of at least 3 characters.").max(150, "Subject: use at most 150 characters."),
  body: messageBody,
  clientKey,
});

export const sendMessageInput = z.object({ threadId, body: messageBody, clientKey });
export const threadOnlyInput = z.object({ threadId });
export const archiveInput = z.object({ threadId, archived: z.enum(["true", "false"]).transform((v) => v === "true") });
export const blockInput = z.object({ profileId, blockedProfileId: id("an organisation") });
export const reportInput = z.object({
  messageId: id("a message"),
  reason: z.string().trim().min(3, "Say in a few words what is wrong.").max(1000, "Reason: use at most 1000 characters."),
});
export const inviteByMailInput = z.object({
  profileId,
  organisationId: id("an organisation"),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an e-mail address such as name@example.org.")),
});
export const mailSettingInput = z.object({ notifyByMail: z.enum(["on", "off"]).transform((v) => v === "on") });
