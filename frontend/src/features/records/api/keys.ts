/** The department records' query keys, written once; a write invalidates its type's `recordKeys.type(type)`. */
export const recordKeys = {
  all: ['records'] as const,
  types: () => ['records', 'types'] as const,
  type: (type: string) => ['records', type] as const,
  list: (type: string, filter: object) => ['records', type, 'list', filter] as const,
  history: (type: string, id: number | undefined) => ['records', type, id, 'history'] as const,
  /**
   * The honour field's choices (a worker's honours, or a year's). Under the registry's `honours`
   * root, so a registry honour write reaches the picker too.
   */
  honourPicker: (params: object | undefined) => ['honours', 'picker', params ?? null] as const,
};
