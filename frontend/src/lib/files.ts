/** What the API accepts as one evidence file (common/files on the server): checked here first, so a large file is refused before it is sent. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A file size for people: "820 KB", "3.4 MB". */
export const formatFileSize = (bytes?: number) =>
  bytes === undefined ? '' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
