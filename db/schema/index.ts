export * from "./reference";
export * from "./knowledge";
