// `npm run cli -- admin grant|revoke EMAIL` and `admin list`: site administrators, who decide
// claims at /admin/claims. The account must exist (register first).
import { getDatabase } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { checkConnection } from "@/db/setup";
import { listAdministrators, setUserRole } from "@/lib/accounts/admin-role";

export const adminUsage = `Usage: npm run cli -- admin <grant|revoke> EMAIL
       npm run cli -- admin list`;

export async function runAdmin(argv: string[]): Promise<number> {
  const [action, email] = argv;
  if (action === "--help" || action === "-h") {
    console.log(adminUsage);
    return 0;
  }
  if (!(action === "list" && !email) && !((action === "grant" || action === "revoke") && email && argv.length === 2)) {
    console.error(adminUsage);
    return 2;
  }
  const handle = getDatabase();
  try {
    await checkConnection(handle);
    await migrateDatabase(handle);
    if (action === "list") {
      const admins = await listAdministrators(handle.db);
      console.log(admins.length > 0 ? admins.join("\n") : "No site administrator yet.");
      return 0;
    }
    const found = await setUserRole(handle.db, email!, action === "grant" ? "admin" : "user");
    if (!found) {
      console.error(`No account has the e-mail address ${email}: register first, then grant.`);
      return 1;
    }
    console.log(action === "grant" ? `${email} is now a site administrator.` : `${email} is no longer a site administrator.`);
    return 0;
  } finally {
    await handle.close();
  }
}
