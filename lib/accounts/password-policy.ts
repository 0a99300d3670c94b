// The minimum password strength, with one message that says what to do. Length counts most (a
// long passphrase of lower-case words is fine); shorter passwords need a mix of character kinds;
// the user's own e-mail, name and the most common passwords are refused whatever their form.

import { say } from "@/lib/i18n/say";
import { PASSPHRASE_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

export { PASSPHRASE_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/** The rule's values for the catalogue's validation.password.* messages. */
export const PASSWORD_RULE_VALUES = { min: PASSWORD_MIN_LENGTH, passphrase: PASSPHRASE_LENGTH };

export const PASSWORD_RULE = say("validation.password.rule", PASSWORD_RULE_VALUES);

// The most common passwords and the obvious ones for this site, lower case, that pass the length rule.
const COMMON = new Set([
  "password123", "password1234", "password12345", "password123!", "passw0rd123", "qwerty12345", "qwertyuiop", "qwerty123456",
  "1234567890", "12345678910", "123456789a", "1q2w3e4r5t", "1qaz2wsx3edc", "iloveyou123", "abc1234567", "welcome123",
  "welcome123!", "letmein1234", "administrator", "consortia123", "consortia2024", "consortia2025", "consortia2026", "europe2024!",
  "aaaaaaaaaa", "correcthorsebatterystaple", "passwordpassword", "changeme123", "changeme1234",
]);

function characterKinds(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** null when the password is strong enough, else the message to show beside the field. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length > PASSWORD_MAX_LENGTH) return say("validation.atMost", { max: PASSWORD_MAX_LENGTH });
  if (password.length < PASSWORD_MIN_LENGTH) return say("validation.password.tooShort", PASSWORD_RULE_VALUES);
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size <= 2) return say("validation.password.common");
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? [])]
    .map((part) => part?.trim().toLowerCase() ?? "")
    .filter((part) => part.length >= 4);
  if (personal.some((part) => lower.includes(part)) && lower.length < PASSPHRASE_LENGTH + 4) {
    return say("validation.password.personal");
  }
  if (password.length < PASSPHRASE_LENGTH && characterKinds(password) < 3) return say("validation.password.tooSimple", PASSWORD_RULE_VALUES);
  return null;
}
