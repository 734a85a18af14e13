// A real, repeatable change to the demo directory, so the delta path can be shown and tested:
// the food bank's Friday hours move between closing at 19:00 and at 20:00, with a note.
import type { Directory } from '../shared/directory';

export const DEMO_CHANGE_SERVICE = 'food-bank-distribution';
const NOTE = {
  en: ' From this week, open until 20:00 on Fridays.',
  es: ' Desde esta semana, abre los viernes hasta las 20:00.',
};

export function applyDemoChange(dir: Directory, today = new Date()): Directory {
  return {
    ...dir,
    services: dir.services.map((s) => {
      if (s.id !== DEMO_CHANGE_SERVICE) return s;
      const late = s.schedule.hours.some((h) => h.byday === 'FR' && h.closes_at === '20:00');
      const texts = Object.fromEntries(
        Object.entries(s.texts).map(([lang, t]) => {
          const note = NOTE[lang as keyof typeof NOTE];
          if (!note || !t.description) return [lang, t];
          const base = t.description.replace(note, '');
          return [lang, { ...t, description: late ? base : base + note }];
        }),
      );
      return {
        ...s,
        schedule: {
          ...s.schedule,
          hours: s.schedule.hours.map((h) => (h.byday === 'FR' ? { ...h, closes_at: late ? '19:00' : '20:00' } : h)),
        },
        assured_date: today.toISOString().slice(0, 10),
        texts,
      };
    }),
  };
}
