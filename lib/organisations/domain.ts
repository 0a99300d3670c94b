// Website domains, as claims compare them with e-mail domains: the host of the URL, lower
// case, without a leading "www." (www.zsi.at and zsi.at are one organisation's site).

/** Free and personal mail services: an address there never proves membership of an organisation. */
const PERSONAL_MAIL_DOMAINS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.fr", "yahoo.de",
  "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.at", "gmx.net", "web.de", "t-online.de", "orange.fr", "free.fr",
  "laposte.net", "libero.it", "virgilio.it", "proton.me", "protonmail.com", "mail.ru", "yandex.ru", "wp.pl", "o2.pl",
  "seznam.cz", "freemail.hu", "abv.bg", "example.com", "example.org",
]);

/** The domain of a website as written in a form or a source ("http://www.zsi.at/en" → "zsi.at"); null if it is not one. */
export function websiteDomain(website: string | null | undefined): string | null {
  const raw = website?.trim();
  if (!raw || /^(mailto|javascript|data|tel|file|ftp):/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, "").replace(/^www\d?\./, "");
  return host.includes(".") && !/^[\d.]+$/.test(host) ? host : null;
}

export function isPersonalMailDomain(domain: string): boolean {
  return PERSONAL_MAIL_DOMAINS.has(domain.toLowerCase());
}

/** Whether an e-mail domain proves membership of the organisation whose website has `siteDomain`: they must be equal. */
export function domainsMatch(mailDomain: string | null, siteDomain: string | null): boolean {
  if (!mailDomain || !siteDomain) return false;
  const mail = mailDomain.toLowerCase().replace(/^www\./, "");
  return mail === siteDomain.toLowerCase() && !isPersonalMailDomain(mail);
}
