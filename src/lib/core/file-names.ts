/** Names of the files the site hands the visitor; kept apart from the backup code, which loads later. */

/** The name of a backup download made on `date` (YYYY-MM-DD). */
export const backupFileName = (date: string) => `vertrouwenswijzer-gegevens-${date}.json`;

/** The name of a download of what is stored under one key, exactly as it is (it may be unreadable). */
export const originalFileName = (key: string, date: string) => `${key.replace(/:/g, '-')}-${date}.txt`;
