// The minimum password strength, with one message that says what to do. Length counts most (a
// long passphrase of lower-case words is fine); shorter passwords need a mix of character kinds;
// the user's own e-mail, name and the most common passwords are refused whatever their form.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSPHRASE_LENGTH = 16;
export const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_RULE =
  `Use at least ${PASSWORD_MIN_LENGTH} characters with three of these: lower-case letters, capitals, digits, symbols — or a passphrase of ${PASSPHRASE_LENGTH} characters or more.`;

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
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (password.length < PASSWORD_MIN_LENGTH) return `Too short. ${PASSWORD_RULE}`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size <= 2) return "This password is too common or too easy to guess. Choose another.";
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? [])]
    .map((part) => part?.trim().toLowerCase() ?? "")
    .filter((part) => part.length >= 4);
  if (personal.some((part) => lower.includes(part)) && lower.length < PASSPHRASE_LENGTH + 4) {
    return "Do not build the password from your name or e-mail address.";
  }
  if (password.length < PASSPHRASE_LENGTH && characterKinds(password) < 3) return `Too simple. ${PASSWORD_RULE}`;
  return null;
}
