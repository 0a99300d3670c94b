// What the messaging forms accept: start a conversation, send, mark read, archive, block,
// report, invite an unregistered organisation by e-mail, and the mail setting.
import { z } from "zod";
import { maxMessageLength, normaliseMessageText } from "@/lib/messaging/message-text";
import { profileId } from "./organisations";

// Messages are keys of the "messages" catalogue; the actions give them in the reader's language.
const id = (key: string) => z.coerce.number({ error: key }).int(key).positive(key);
export const threadId = id("errors.chooseThread");
const clientKey = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "errors.reload");

export const messageBody = z
  .string({ error: "errors.writeMessage" })
  .transform((v) => normaliseMessageText(v) ?? "")
  .pipe(z.string().min(1, "errors.writeMessage").max(maxMessageLength, "errors.tooLong"));

export const startConversationInput = z.object({
  fromProfileId: profileId,
  toProfileId: id("errors.chooseRecipient"),
  interestId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  subject: z.string().trim().min(3, "errors.subjectShort").max(150, "errors.subjectLong"),
  body: messageBody,
  clientKey,
});

export const sendMessageInput = z.object({ threadId, body: messageBody, clientKey });
export const threadOnlyInput = z.object({ threadId });
export const archiveInput = z.object({ threadId, archived: z.enum(["true", "false"]).transform((v) => v === "true") });
export const blockInput = z.object({ profileId, blockedProfileId: id("errors.chooseOrganisation") });
export const reportInput = z.object({
  messageId: id("errors.chooseMessage"),
  reason: z.string().trim().min(3, "errors.reasonShort").max(1000, "errors.reasonLong"),
});
export const inviteByMailInput = z.object({
  profileId,
  organisationId: id("errors.chooseOrganisation"),
  email: z.string().trim().toLowerCase().pipe(z.email("errors.email")),
});
export const mailSettingInput = z.object({ notifyByMail: z.enum(["on", "off"]).transform((v) => v === "on") });
