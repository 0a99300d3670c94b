// The environment, parsed once with zod: the only place process.env is read.
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a URL such as postgres://user:password@host:5432/database");

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

/** Signs and encrypts the session cookies outside production, where a fixed value is harmless. */
export const DEVELOPMENT_AUTH_SECRET = "consortia-development-secret-never-use-in-production";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
    /** Load the demo sample into an empty database at start ("false" to start empty). */
    LOAD_DEMO_DATA: flag.default(true),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Secret of the session cookies (Auth.js); required in production. */
    AUTH_SECRET: z.string().trim().min(32, "must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)").optional(),
    /** The address users reach the app at: the base of the links in e-mails. */
    APP_URL: z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://consortia.example.org" })
      .transform((v) => v.replace(/\/+$/, ""))
      .optional(),
    /** smtp(s)://user:password@host:port; without it mail stays in the outbox table. */
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: "must be a URL such as smtps://user:password@smtp.example.org:465" }).optional(),
    MAIL_FROM: z.string().trim().min(3).default("Consortia <no-reply@localhost>"),
    /** Show the outbox at /dev/mailbox: on by default outside production; "true" in production for e2e tests only. */
    DEV_MAILBOX: flag.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "required in production: a random string of at least 32 characters (e.g. `openssl rand -base64 32`)",
      });
    }
  })
  .transform((value) => ({
    ...value,
    AUTH_SECRET: value.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    APP_URL: value.APP_URL ?? `http://localhost:${value.PORT}`,
    DEV_MAILBOX: value.DEV_MAILBOX ?? value.NODE_ENV !== "production",
  }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment; throws an EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment: ${lines.join("; ")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
