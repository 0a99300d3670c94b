// Interreg's strands, in their order: A (cross-border, with the IPA programmes), B (transnational),
// C (interregional). Apart from the reference list (which reads its file) so the form can use them.
export const STRANDS = ["cross-border", "transnational", "interregional"] as const;
export type Strand = (typeof STRANDS)[number];
