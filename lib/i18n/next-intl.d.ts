// Types next-intl's hooks and functions with our locales and English catalogues: t("unknown.key")
// and an unknown locale fail the type check.
import type { Locale } from "./config";
import type { Messages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
