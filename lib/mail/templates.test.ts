import { describe, expect, it } from "vitest";
import { invitationMail, verificationMail } from "./templates";

describe("mail templates", () => {
  it("puts the link in both parts", () => {
    const mail = verificationMail("a@zsi.at", "Anna", "http://localhost:3000/verify?token=abc");
    expect(mail.text).toContain("http://localhost:3000/verify?token=abc");
    expect(mail.html).toContain('href="http://localhost:3000/verify?token=abc"');
    expect(mail.kind).toBe("verify_email");
  });

  it("escapes what users typed in the HTML part", () => {
    const mail = invitationMail("b@zsi.at", "<script>alert(1)</script>", "A & B <b>GmbH</b>", "http://localhost:3000/invitations/x");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain("A &amp; B &lt;b&gt;GmbH&lt;/b&gt;");
    expect(mail.subject).toBe("<script>alert(1)</script> invites you to A & B <b>GmbH</b> on Consortia"); // plain text, never HTML
  });
});
