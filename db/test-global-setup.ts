// Vitest global setup: migrate one template database per run (PGlite dump or PostgreSQL template
// database) that every test file's createTestDatabase() copies.
import os from "node:os";
import type { TestProject } from "vitest/node";
import { createTestDatabaseTemplate } from "./testing";

export default async function setup(project: TestProject) {
  const { template, drop } = await createTestDatabaseTemplate(os.tmpdir());
  project.provide("testDatabaseTemplate", template);
  return drop;
}
