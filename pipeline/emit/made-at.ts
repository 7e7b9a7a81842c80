/**
 * When an edition is made: the clock, or `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when it is set, so that tests and rebuilds give the same bytes. This is the PDF's creation
 * date and the Akoma Ntoso markup date; it is never given out as the letter's date.
 */
export function editionTime(environment: NodeJS.ProcessEnv = process.env): Date {
  const epoch = environment.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** The day of a moment, `YYYY-MM-DD` (UTC). */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
