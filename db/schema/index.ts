export * from "./reference";
export * from "./knowledge";
export * from "./accounts";
export * from "./members";
export * from "./matching";
export * from "./interests";
export * from "./shortlists";
export * from "./messaging";
