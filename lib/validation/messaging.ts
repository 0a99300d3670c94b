// What the messaging forms accept: start a conversation, send, mark read, archive, block,
// report, invite an unregistered organisation by e-mail, and the mail setting.
import { z } from "zod";
import { say } from "@/lib/i18n/say";
import { maxMessageLength, normaliseMessageText } from "@/lib/messaging/message-text";
import { profileId } from "./organisations";

// Messages are said in English (say); the actions give them in the reader's language (localised).
const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);
export const threadId = id(say("messages.errors.chooseThread"));
const clientKey = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, say("messages.errors.reload"));

export const messageBody = z
  .string({ error: say("messages.errors.writeMessage") })
  .transform((v) => normaliseMessageText(v) ?? "")
  .pipe(z.string().min(1, say("messages.errors.writeMessage")).max(maxMessageLength, say("messages.errors.tooLong", { maxLength: maxMessageLength })));

export const startConversationInput = z.object({
  fromProfileId: profileId,
  toProfileId: id(say("messages.errors.chooseRecipient")),
  interestId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  subject: z.string().trim().min(3, say("messages.errors.subjectShort")).max(150, say("messages.errors.subjectLong")),
  body: messageBody,
  clientKey,
});

export const sendMessageInput = z.object({ threadId, body: messageBody, clientKey });
export const threadOnlyInput = z.object({ threadId });
export const archiveInput = z.object({ threadId, archived: z.enum(["true", "false"]).transform((v) => v === "true") });
export const blockInput = z.object({ profileId, blockedProfileId: id(say("messages.errors.chooseOrganisation")) });
export const reportInput = z.object({
  messageId: id(say("messages.errors.chooseMessage")),
  reason: z.string().trim().min(3, say("messages.errors.reasonShort")).max(1000, say("messages.errors.reasonLong")),
});
export const inviteByMailInput = z.object({
  profileId,
  organisationId: id(say("messages.errors.chooseOrganisation")),
  email: z.string().trim().toLowerCase().pipe(z.email(say("messages.errors.email"))),
});
export const mailSettingInput = z.object({ notifyByMail: z.enum(["on", "off"]).transform((v) => v === "on") });
