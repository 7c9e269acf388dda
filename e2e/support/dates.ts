/** A date as the GOV.UK date input takes it: three boxes. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const LONDON = 'Europe/London';

/** Today in London, some days on or back: the service dates everything by the London calendar. */
export function londonDay(offsetDays = 0, now = new Date()): { parts: DateParts; long: string } {
  const day = new Date(now.getTime() + offsetDays * 86_400_000);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, ...options }).format(day);
  return {
    parts: {
      day: part({ day: 'numeric' }),
      month: part({ month: 'numeric' }),
      year: part({ year: 'numeric' }),
    },
    long: part({ day: 'numeric', month: 'long', year: 'numeric' }),
  };
}
