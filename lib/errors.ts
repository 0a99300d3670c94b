// Errors a user may see: typed by a code, with a message written for them. Anything else that
// goes wrong is logged and shown as a generic message.

export type AppErrorCode = "unauthenticated" | "unverified" | "forbidden" | "not_found" | "conflict" | "invalid" | "rate_limited";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notSignedIn = () => new AppError("unauthenticated", "Sign in to do this.");
export const forbidden = (message = "You are not allowed to do this.") => new AppError("forbidden", message);
export const notFound = (what = "This") => new AppError("not_found", `${what} does not exist or is not visible to you.`);
