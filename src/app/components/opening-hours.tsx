// "Open now · closes at 14:00" and the weekly timetable, computed on the device.
import type { Schedule } from '../../shared/directory';
import { addDays, openingStatus, weeklyTimetable } from '../../shared/hours';
import { formatClock, formatDate, formatDateRange, formatList, formatWeekday, weekdayName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useId } from 'preact/hooks';
import { useNow } from '../use-live';

/** What to say when a service gives no hours: the demo's services without hours see people by
 *  appointment; an imported directory's may simply not say (HSDS has no "by appointment"). */
export const noHoursKey = (appointment: boolean | undefined) => (appointment ? 'hours.byAppointment' : 'hours.notGiven');

export function OpeningLine({ schedule, appointment }: { schedule: Schedule; appointment: boolean | undefined }) {
  const { t, lang } = useT();
  const now = useNow();
  // The server's page is made once for every visit: "open now" waits for the device's clock,
  // its line kept (a space) so that nothing below moves when it comes.
  if (!now) {
    if (schedule.always_open) return <span class="hours-line open">{t('hours.always')}</span>;
    if (schedule.hours.length === 0) return <span class="hours-line">{t(noHoursKey(appointment))}</span>;
    return <span class="hours-line">{'\u00a0'}</span>;
  }
  const status = openingStatus(schedule, now);
  const time = (clock: string) => formatClock(clock, lang);
  switch (status.state) {
    case 'always':
      return <span class="hours-line open">{t('hours.always')}</span>;
    case 'unknown':
      return <span class="hours-line">{t(noHoursKey(appointment))}</span>;
    case 'open':
      return (
        <span class="hours-line open">
          {t(status.closesOn === status.today ? 'hours.openUntil' : 'hours.openUntilTomorrow', { time: time(status.closesAt) })}
        </span>
      );
    case 'closed': {
      let text = t('hours.closed');
      if (status.opensAt && status.opensOn) {
        const days = Math.round((Date.parse(status.opensOn) - Date.parse(status.today)) / 86_400_000);
        const vars = { time: time(status.opensAt) };
        if (days === 0) text = t('hours.opensToday', vars);
        else if (days === 1) text = t('hours.opensTomorrow', vars);
        else if (days < 7) text = t('hours.opensOn', { ...vars, day: formatWeekday(status.opensOn, lang) });
        else text = t('hours.opensDate', { ...vars, date: formatDate(status.opensOn, lang) });
      }
      return <span class="hours-line closed">{text}</span>;
    }
  }
}

export function WeeklyHours({ schedule, appointment }: { schedule: Schedule; appointment: boolean | undefined }) {
  const { t, lang } = useT();
  const now = useNow();
  const closuresId = useId();
  if (schedule.always_open) return <p>{t('hours.always')}</p>;
  if (schedule.hours.length === 0) return <p>{t(noHoursKey(appointment))}</p>;
  // Closures and "closed until" need today's date: the device's, never the server's page's.
  const status = now ? openingStatus(schedule, now) : ({ state: 'unknown' } as const);
  const today = 'today' in status ? status.today : undefined;
  // Closures in the next two months, leaving out single days that a longer closure already covers.
  const upcoming = schedule.closures
    .filter((c) => today && c.valid_to >= today && c.valid_from <= addDays(today, 60))
    .filter((c, _, all) => !all.some((o) => o !== c && o.valid_from <= c.valid_from && c.valid_to <= o.valid_to))
    .sort((a, b) => a.valid_from.localeCompare(b.valid_from));
  return (
    <>
      {status.state === 'closed' && status.closedUntil && <p class="notice">{t('hours.closedUntil', { date: formatDate(status.closedUntil, lang) })}</p>}
      <table class="timetable">
        <tbody>
          {weeklyTimetable(schedule).map(({ day, periods }) => (
            <tr key={day}>
              <th scope="row">{weekdayName(day, lang)}</th>
              <td>
                {periods.length === 0
                  ? t('hours.closedDay')
                  : formatList(
                      periods.map(([from, to]) => t('hours.period', { from: formatClock(from, lang), to: formatClock(to, lang) })),
                      lang,
                    )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* A list, not a sentence: dates hold commas in some languages, and each closure is one idea. */}
      {upcoming.length > 0 && (
        <>
          <p id={closuresId}>{t('hours.holidays')}</p>
          <ul class="closures" aria-labelledby={closuresId}>
            {upcoming.map((c) => (
              <li key={c.valid_from}>{formatDateRange(c.valid_from, c.valid_to, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
