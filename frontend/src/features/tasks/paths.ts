/** Route patterns of the tasks pages and the links to them. */
export const tasksPaths = {
  list: '/tasks',
  task: '/tasks/:id',
  board: '/tasks/board',
  review: '/tasks/annual-review',
} as const;

export const toTaskList = () => tasksPaths.list;
export const toTask = (id: number) => `/tasks/${id}`;
export const toTaskBoard = () => tasksPaths.board;
export const toAnnualReview = () => tasksPaths.review;
