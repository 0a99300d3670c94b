import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/auth-forms";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgot your password?" description="Enter the address of your account: we will send you a link to choose a new password.">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
