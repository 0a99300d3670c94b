"use client";
// Client components that only signed-in members see, each in a chunk of its own that a page loads
// only when it renders one: statically imported, they were in every page's first-load JavaScript
// (the header's unread count brought @tanstack/react-query, "Sign out" the account page's forms,
// "Add to shortlist" and "Message" the shortlist and messaging forms, "Save search" its form, and
// with them the buttons' tailwind-merge), signed in or not.
// Rendered on the server as before (ssr): nothing changes on screen.
import dynamic from "next/dynamic";

export const LazyUnreadLink = dynamic(() => import("./messaging/unread-link").then((m) => m.UnreadLink));
export const LazySignOutButton = dynamic(() => import("./accounts/account-forms").then((m) => m.SignOutButton));
export const LazyAddToShortlist = dynamic(() => import("./shortlists/add-to-shortlist").then((m) => m.AddToShortlist));
export const LazySaveSearchForm = dynamic(() => import("./saved/save-search-form").then((m) => m.SaveSearchForm));
export const LazyInviteByMailForm = dynamic(() => import("./messaging/message-forms").then((m) => m.InviteByMailForm));
