/** The reports' query keys, written once. */
export const reviewKeys = {
  all: ['annual-review'] as const,
  annual: (year: number) => ['annual-review', year] as const,
};
