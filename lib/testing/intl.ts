// next-intl's server functions for tests of actions and jobs outside a request: English
// translators over the real catalogues. `vi.mock("next-intl/server", () => import("@/lib/testing/intl").then((m) => m.intlServerModule()))`.
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";

export async function intlServerModule() {
  const messages = await loadMessages("en");
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }),
    getLocale: async () => "en",
  };
}
