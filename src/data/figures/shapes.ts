// The shape of the figures tables, declared here so that data imports no code; figures/types.ts
// re-exports it as part of the output contract.

/**
 * How a qualifier bounds the real quantity by the stated one:
 * `about` (نحو، حوالي، قرابة، زهاء، ما يقارب، تقريبا), `more-than` (أكثر من، ما يزيد على، أزيد من),
 * `at-least` (ما لا يقل عن، على الأقل، فأكثر), `less-than` (أقل من، دون، تقل عن),
 * `at-most` (ما لا يزيد على، على الأكثر).
 */
export type FigureApprox = 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most';
