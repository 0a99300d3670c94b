// The password lengths, apart from the policy's texts so that the forms (client) can use them.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSPHRASE_LENGTH = 16;
export const PASSWORD_MAX_LENGTH = 200;
